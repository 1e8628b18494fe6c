namespace EthicsBot.Host.Admin;

/// <summary>
/// Lets a request through only with a configured admin key as its bearer token, and attaches the
/// <see cref="AdminCaller"/> for the handlers. Endpoints marked <see cref="WholeDeploymentOnly"/> refuse
/// unit-scoped keys with 403.
/// </summary>
internal sealed class AdminKeyFilter(AdminKeyring keyring) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if ((AdminCaller.Of(http) ?? keyring.FromRequest(http.Request)) is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return AdminProblems.Unauthorized();
        }

        http.Features.Set(caller);
        if (caller.IsUnitScoped && http.GetEndpoint()?.Metadata.GetMetadata<WholeDeploymentOnly>() is not null)
        {
            return AdminProblems.WholeDeploymentOnly(caller);
        }

        return await next(context);
    }
}

/// <summary>Endpoint metadata: the action changes the whole deployment, so a unit-scoped key gets 403.</summary>
public sealed class WholeDeploymentOnly
{
    public static WholeDeploymentOnly Instance { get; } = new();
}

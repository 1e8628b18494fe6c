namespace EthicsBot.Host.Daily.Admin;

using Microsoft.Extensions.Options;

/// <summary>Lets a request through only with the configured admin key as its bearer token.</summary>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!AdminKey.Matches(AdminKey.FromAuthorizationHeader(http.Request.Headers.Authorization), options.Value.ApiKey))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: "Send the admin API key as 'Authorization: Bearer <key>'.");
        }

        return await next(context);
    }
}

namespace EthicsBot.Host.Admin;

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

/// <summary>
/// Refuses a declared body over Admin:MaxBodyBytes with 413 before anything reads it, and lowers the server's own
/// limit for the request, so a chunked body without Content-Length is cut off too (see <see cref="AdminRequestBody"/>).
/// </summary>
internal sealed class AdminBodyLimitFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var max = options.Value.MaxBodyBytes;
        var http = context.HttpContext;
        if (http.Request.ContentLength > max)
        {
            return AdminProblems.TooLarge(max);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        return await next(context);
    }
}

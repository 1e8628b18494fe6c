namespace EthicsBot.Host.Tests.Admin;

using EthicsBot.Host.Admin;
using EthicsBot.Host.Admin.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

/// <summary>A feature as another area would write one: it reads the caller, a bounded body, and is audited.</summary>
internal sealed class ProbeAdminFeature : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        var probe = admin.MapGroup("/probe");
        probe.MapGet("/caller", (AdminCaller caller) => Results.Ok(caller));
        probe.MapPost("/echo", async (HttpContext http, AdminRequestBody body) =>
            await body.ReadAsync(http.Request, http.RequestAborted) is { } bytes ? Results.Ok(bytes.Length) : AdminProblems.TooLarge(body.MaxBytes));
        probe.MapPost("/act", (int status, HttpContext http) =>
        {
            AdminAudit.SetDetail(http, "probe detail " + status);
            return Results.StatusCode(status);
        }).Audited("probe.act");
        probe.MapPost("/throw", IResult () => throw new InvalidOperationException("probe secret at ProbeAdminFeature.Throw")).Audited("probe.throw");
    }
}

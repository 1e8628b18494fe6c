namespace EthicsBot.Host.Admin.Content;

using EthicsBot.Host.Admin.Audit;

/// <summary>
/// POST /api/admin/content/import (body: the .xlsx workbook): validates it against the live folder and answers the
/// diff; with ?apply=true writes it and reloads. POST /api/admin/content/rollback restores the latest import.
/// </summary>
internal sealed class ContentImportEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var content = admin.MapGroup("/content");
        content.MapPost("/import", ImportAsync).Audited("content.import").WithMetadata(WholeDeploymentOnly.Instance);
        content.MapPost("/rollback", RollbackAsync).Audited("content.rollback").WithMetadata(WholeDeploymentOnly.Instance);
    }

    private static async Task<IResult> ImportAsync(bool? apply, string? name, AdminCaller caller, AdminRequestBody body, ContentImports imports,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (apply == true)
        {
            AdminAudit.SetAction(http, "content.apply");
        }

        var workbook = await body.ReadAsync(http.Request, cancellationToken);
        if (workbook is null)
        {
            return AdminProblems.TooLarge(body.MaxBytes);
        }

        if (workbook.Length == 0)
        {
            return EmptyBody();
        }

        var fileName = string.IsNullOrWhiteSpace(name) ? "bank.xlsx" : Path.GetFileName(name);
        var outcome = await imports.ImportAsync(workbook, fileName, apply == true, caller, cancellationToken);
        AdminAudit.SetDetail(http, Summary(outcome));
        return Results.Json(outcome, statusCode: outcome.Status);
    }

    private static async Task<IResult> RollbackAsync(AdminCaller caller, ContentImports imports, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await imports.RollbackAsync(caller, cancellationToken);
        AdminAudit.SetDetail(http, outcome.Applied ? $"{outcome.VersionBefore} -> {outcome.VersionAfter}; {outcome.Files.Count} files" : $"{outcome.Errors.Count} problems");
        return Results.Json(outcome, statusCode: outcome.Status);
    }

    private static string Summary(ContentImportOutcome o) =>
        o.Errors.Count > 0
            ? $"{o.Errors.Count} problems"
            : $"{o.Added.Count} added, {o.Changed.Count} changed, {o.Removed.Count} removed; {o.VersionBefore} -> {o.VersionAfter}{(o.Applied ? " (applied)" : string.Empty)}";

    private static IResult EmptyBody() => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "No workbook",
        detail: "Send the .xlsx workbook as the request body (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).");
}

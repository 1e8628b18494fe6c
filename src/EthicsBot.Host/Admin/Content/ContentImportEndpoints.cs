namespace EthicsBot.Host.Admin.Content;

using EthicsBot.Content.Catalog;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;
using EthicsBot.Host.Admin.Audit;

/// <summary>
/// POST /api/admin/content/import (body: the .xlsx workbook): validates it against the live folder and answers the
/// diff; with ?apply=true writes it and reloads. POST /api/admin/content/rollback restores the latest import.
/// GET /api/admin/content/export downloads the bank as that workbook.
/// </summary>
internal sealed class ContentImportEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var content = admin.MapGroup("/content");
        content.MapPost("/import", ImportAsync).Audited("content.import").WithMetadata(WholeDeploymentOnly.Instance);
        content.MapGet("/export", Export);
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

    // The whole bank from the folder as it is on disk, withdrawn questions included, as the admin's starting workbook.
    private static IResult Export(ContentCatalogProvider provider)
    {
        var result = ContentLoader.Load(provider.Directory);
        if (result.Catalog is not { } catalog)
        {
            return Results.UnprocessableEntity(new ContentReloadRejected(provider.Current.Version, [.. result.Errors.Select(e => e.ToString())]));
        }

        var output = new MemoryStream();
        BankWorkbookWriter.Write(catalog, output);
        return Results.File(output.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"ethicsbot-{catalog.Version}.xlsx");
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
            : $"{o.Added.Count} added, {o.Changed.Count} changed, {o.Removed.Count} removed, {o.UnitsChanged} units changed; {o.VersionBefore} -> {o.VersionAfter}{(o.Applied ? " (applied)" : string.Empty)}";

    private static IResult EmptyBody() => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "No workbook",
        detail: "Send the .xlsx workbook as the request body (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).");
}

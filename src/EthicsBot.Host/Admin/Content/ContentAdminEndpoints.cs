namespace EthicsBot.Host.Admin.Content;

using EthicsBot.Content.Catalog;
using EthicsBot.Host.Admin.Audit;

/// <summary>The reply to a content reload: the catalog that is live afterwards.</summary>
public sealed record ContentReloadResponse(string Version, int Questions, int Topics, int Documents, int Withdrawn, IReadOnlyList<string> Warnings);

/// <summary>A reload refused: every problem as path:line:col: message; the running catalog is untouched.</summary>
public sealed record ContentReloadRejected(string Version, IReadOnlyList<string> Errors);

/// <summary>The live bank at a glance, for the admin page.</summary>
public sealed record ContentStatusResponse(string Version, int Questions, int Topics, int Documents, int Withdrawn, ContentReloadOutcome? LastReload);

/// <summary>/api/admin/content: reload the folder without a restart, and the live bank's status.</summary>
internal sealed class ContentAdminEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var content = admin.MapGroup("/content");
        content.MapPost("/reload", Reload).Audited("content.reload").WithMetadata(WholeDeploymentOnly.Instance);
        content.MapGet("/status", Status);
    }

    // Questions whose law is not in force are withdrawn as at start-up (a warning, never a refusal).
    private static IResult Reload(AdminCaller caller, ContentReloads reloads, IContentCatalogProvider provider, HttpContext http)
    {
        var outcome = reloads.Reload(caller);
        if (!outcome.Applied)
        {
            AdminAudit.SetDetail(http, $"rejected: {outcome.Errors.Count} errors; live version {outcome.Version}");
            return Results.UnprocessableEntity(new ContentReloadRejected(outcome.Version, outcome.Errors));
        }

        var catalog = provider.Current;
        AdminAudit.SetDetail(http, $"version {catalog.Version}: {catalog.Questions.Count} questions, {catalog.Withdrawn.Count} withdrawn");
        return Results.Ok(new ContentReloadResponse(
            catalog.Version, catalog.Questions.Count, catalog.Topics.Count, catalog.Documents.Count, catalog.Withdrawn.Count, outcome.Warnings));
    }

    private static IResult Status(IContentCatalogProvider provider, ContentReloads reloads)
    {
        var catalog = provider.Current;
        return Results.Ok(new ContentStatusResponse(
            catalog.Version, catalog.Questions.Count, catalog.Topics.Count, catalog.Documents.Count, catalog.Withdrawn.Count, reloads.Last));
    }
}

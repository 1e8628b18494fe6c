namespace EthicsBot.Host.Admin;

using EthicsBot.Content.Catalog;
using EthicsBot.Host.Daily.Admin;

/// <summary>The reply to a content reload: the catalog that is live afterwards.</summary>
public sealed record ContentReloadResponse(string Version, int Questions, int Topics, int Documents, int Withdrawn, IReadOnlyList<string> Warnings);

/// <summary>A reload refused: every problem as path:line:col: message; the running catalog is untouched.</summary>
public sealed record ContentReloadRejected(string Version, IReadOnlyList<string> Errors);

/// <summary>POST /api/admin/content/reload, behind the admin key: validate the content folder and swap it in whole.</summary>
public static class ContentAdminEndpoints
{
    public static IEndpointRouteBuilder MapContentAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/content").AddEndpointFilter<AdminKeyFilter>();
        group.MapPost("/reload", Reload);
        return endpoints;
    }

    // The provider validates before it swaps, so a bad edit never reaches a turn; questions whose law is not in
    // force are withdrawn as at start-up (a warning, never a refusal).
    private static IResult Reload(ContentCatalogProvider provider)
    {
        var result = provider.Reload();
        if (result.Catalog is not { } catalog)
        {
            return Results.UnprocessableEntity(new ContentReloadRejected(provider.Current.Version, [.. result.Errors.Select(e => e.ToString())]));
        }

        return Results.Ok(new ContentReloadResponse(
            catalog.Version,
            catalog.Questions.Count,
            catalog.Topics.Count,
            catalog.Documents.Count,
            catalog.Withdrawn.Count,
            [.. result.Warnings.Select(w => w.ToString())]));
    }
}

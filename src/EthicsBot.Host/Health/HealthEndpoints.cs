namespace EthicsBot.Host.Health;

using EthicsBot.Content.Catalog;
using EthicsBot.Persistence;
using Microsoft.Extensions.Options;

public static class HealthEndpoints
{
    /// <summary>How long the database may take to answer before the bot reports it unreachable.</summary>
    private static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddHealth(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        IContentCatalogProvider content, IDatabaseHealth database, IOptions<PersistenceOptions> persistence, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DatabaseTimeout);
        bool reachable;
        try
        {
            reachable = await database.CanConnectAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reachable = false;
        }

        var catalog = content.Current;
        var report = new HealthReport(
            Status: reachable ? "healthy" : "unhealthy",
            ContentVersion: catalog.Version,
            Questions: new QuestionCounts(
                Vi: catalog.Questions.Count(q => !string.IsNullOrWhiteSpace(q.Vi.Stem)),
                En: catalog.Questions.Count(q => !string.IsNullOrWhiteSpace(q.En.Stem))),
            Topics: catalog.Topics.Count,
            Database: reachable ? "reachable" : "unreachable",
            Provider: persistence.Value.Provider.ToString(),
            Withdrawn: new WithdrawnCounts(catalog.Withdrawn.Count, catalog.AsOf, [.. catalog.Withdrawn.Select(w => w.QuestionId)]));
        return Results.Json(report, statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

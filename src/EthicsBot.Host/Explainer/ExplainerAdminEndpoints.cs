namespace EthicsBot.Host.Explainer;

using EthicsBot.Dialogs.Ask;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Host.Daily.Admin;

/// <summary>What GET /api/admin/explainer/status returns: the counters and the questions the bank could not answer.</summary>
public sealed record ExplainerStatusResponse(ExplainerStatus Explainer, IReadOnlyList<UnansweredQuestion> Unanswered);

/// <summary>The explainer's admin endpoint, behind the admin key. Kept in one file so it can move with the admin area.</summary>
public static class ExplainerAdminEndpoints
{
    public const int UnansweredShown = 50;

    public static IEndpointRouteBuilder MapExplainerAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/explainer/status", (IExplainer explainer, ExplainerStats stats, UnansweredQuestions unanswered) =>
            Results.Ok(new ExplainerStatusResponse(stats.Snapshot(explainer.IsConfigured), unanswered.Top(UnansweredShown))))
            .AddEndpointFilter<AdminKeyFilter>();
        return endpoints;
    }
}

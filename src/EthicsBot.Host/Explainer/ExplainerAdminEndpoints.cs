namespace EthicsBot.Host.Explainer;

using EthicsBot.Dialogs.Ask;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Host.Admin;

/// <summary>What GET /api/admin/explainer/status returns: the counters and the questions the bank could not answer.</summary>
public sealed record ExplainerStatusResponse(ExplainerStatus Explainer, IReadOnlyList<UnansweredQuestion> Unanswered);

/// <summary>The explainer's admin endpoint. The counters and unanswered questions are the whole deployment's, so unit-scoped keys get 403.</summary>
internal sealed class ExplainerAdminEndpoints : IAdminFeature
{
    public const int UnansweredShown = 50;

    public void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/explainer/status", (IExplainer explainer, ExplainerStats stats, UnansweredQuestions unanswered) =>
            Results.Ok(new ExplainerStatusResponse(stats.Snapshot(explainer.IsConfigured), unanswered.Top(UnansweredShown))))
            .WithMetadata(WholeDeploymentOnly.Instance);
}

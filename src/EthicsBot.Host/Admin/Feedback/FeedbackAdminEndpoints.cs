namespace EthicsBot.Host.Admin.Feedback;

using EthicsBot.Content;
using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Feedback;
using EthicsBot.Host.Admin.Audit;
using EthicsBot.Persistence.Feedback;
using Microsoft.Extensions.Options;

/// <summary>One reported question in the admin list.</summary>
internal sealed record FeedbackQuestionResponse(
    string QuestionId, string? TopicId, string? Stem, int Reports, IReadOnlyDictionary<string, int> Reasons, IReadOnlyList<string> Notes,
    DateTimeOffset LastReportedAt, bool Quarantined);

internal sealed record FeedbackListResponse(int Threshold, IReadOnlyList<FeedbackQuestionResponse> Questions);

/// <summary>Questions held back: by the law in force (withdrawn) and by learners' reports (quarantined).</summary>
internal sealed record WithdrawnResponse(IReadOnlyList<WithdrawnByLaw> Law, IReadOnlyList<string> Reports);

internal sealed record WithdrawnByLaw(string QuestionId, string DocumentId, string Status, DateOnly? Since);

/// <summary>
/// GET /api/admin/content/feedback (open reports, most reported first), POST /api/admin/content/feedback/{id}/clear
/// (the question returns to new sessions; audited) and GET /api/admin/content/withdrawn.
/// </summary>
internal sealed class FeedbackAdminEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var content = admin.MapGroup("/content");
        content.MapGet("/feedback", ListAsync);
        content.MapPost("/feedback/{questionId}/clear", ClearAsync).Audited("feedback.clear").WithMetadata(WholeDeploymentOnly.Instance);
        content.MapGet("/withdrawn", Withdrawn);
    }

    private static async Task<IResult> ListAsync(IQuestionFeedbackStore store, IContentCatalogProvider catalogs, IOptions<ContentOptions> options,
        CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var quarantined = catalog.Quarantined.ToHashSet(StringComparer.Ordinal);
        var open = await store.OpenAsync(cancellationToken);
        return Results.Ok(new FeedbackListResponse(options.Value.FeedbackQuarantineThreshold, [.. open.Select(s =>
        {
            var question = catalog.QuestionsById.GetValueOrDefault(s.QuestionId);
            return new FeedbackQuestionResponse(
                s.QuestionId, question?.TopicId, question?.Vi.Stem, s.Reports,
                s.Reasons.ToDictionary(r => Code(r.Key), r => r.Value), s.Notes, s.LastReportedAt, quarantined.Contains(s.QuestionId));
        })]));
    }

    private static async Task<IResult> ClearAsync(string questionId, IQuestionFeedbackStore store, FeedbackQuarantine quarantine, TimeProvider time,
        HttpContext http, CancellationToken cancellationToken)
    {
        var cleared = await store.ClearAsync(questionId, time.GetUtcNow(), cancellationToken);
        AdminAudit.SetDetail(http, $"{questionId}: {cleared} reports cleared");
        if (cleared == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No open reports",
                detail: $"Question '{questionId}' has no open reports to clear.");
        }

        var stillHeld = await quarantine.RefreshAsync(cancellationToken);
        return Results.Ok(new { questionId, cleared, quarantined = stillHeld.Contains(questionId) });
    }

    private static IResult Withdrawn(IContentCatalogProvider catalogs)
    {
        var catalog = catalogs.Current;
        return Results.Ok(new WithdrawnResponse(
            [.. catalog.Withdrawn.Select(w => new WithdrawnByLaw(w.QuestionId, w.DocumentId, w.Status.ToString(), w.Since))],
            catalog.Quarantined));
    }

    internal static string Code(ReportReason reason) =>
        ReportWords.Codes.First(c => c.Reason == reason).Code;
}

namespace EthicsBot.Dialogs.Feedback;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Persistence.Feedback;
using EthicsBot.Persistence.Quizzes;
using Microsoft.Extensions.Logging;

/// <summary>
/// Records a learner's report of a question they answered: one per learner and question, with the content version
/// they were shown. From a card the answered card comes back with a thank-you and without the form.
/// </summary>
public sealed class FeedbackFlow(
    IContentCatalogProvider catalogs,
    IQuizStore store,
    IQuestionFeedbackStore feedback,
    FeedbackQuarantine quarantine,
    QuizView view,
    TimeProvider time,
    ILogger<FeedbackFlow> logger)
{
    public async Task<TurnOutcome> ReportAsync(TurnInput input, ReportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var strings = input.Strings;
        var (session, answers, answer) = await FindAsync(input.UserId, command, cancellationToken);
        if (session is null || answer is null)
        {
            return Reply(input, NoticeCard.Build(strings.ReportNothing, TextStyle.Warning));
        }

        if (command.Reason is not { } reason)
        {
            return input.IsCardAction
                ? Reply(input, Redraw(input, session, answers, answer, strings.ReportPickReason, reported: false))
                : TurnOutcome.Send(input.State, NoticeCard.Build(strings.ReportHowTo));
        }

        var note = command.Note?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, ReportForm.MaxNoteLength)] : null;
        var recorded = await feedback.ReportAsync(new QuestionReport
        {
            UserId = input.UserId,
            QuestionId = answer.QuestionId,
            ContentVersion = answer.ContentVersion,
            Reason = reason,
            Note = note,
            ReportedAt = time.GetUtcNow(),
        }, cancellationToken);
        if (recorded)
        {
            await quarantine.RefreshAsync(cancellationToken);
        }

        Log.QuestionReported(logger, input.UserId, answer.QuestionId, reason, recorded);
        var thanks = recorded ? strings.ReportThanks : strings.ReportAlready;
        return input.IsCardAction
            ? Reply(input, Redraw(input, session, answers, answer, thanks, reported: true))
            : TurnOutcome.Send(input.State, NoticeCard.Build(thanks, TextStyle.Good));
    }

    // A card names its question, which must be one this learner answered; typed, it is their latest answer.
    private async Task<(QuizSessionRecord? Session, IReadOnlyList<AnswerRecord> Answers, AnswerRecord? Answer)> FindAsync(
        string userId, ReportCommand command, CancellationToken cancellationToken)
    {
        var sessionId = command.SessionId;
        var questionId = command.QuestionId;
        if (sessionId is null)
        {
            var last = (await store.GetUserAnswersAsync(userId, cancellationToken)).MaxBy(a => a.AnsweredAt);
            (sessionId, questionId) = (last?.SessionId, last?.QuestionId);
        }

        var session = string.IsNullOrEmpty(sessionId) ? null : await store.GetSessionAsync(sessionId, cancellationToken);
        if (session is null || session.UserId != userId)
        {
            return (null, [], null);
        }

        var answers = await store.GetSessionAnswersAsync(session.SessionId, cancellationToken);
        return (session, answers, answers.FirstOrDefault(a => a.QuestionId == questionId));
    }

    private Newtonsoft.Json.Linq.JToken Redraw(
        TurnInput input, QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers, AnswerRecord answer, string notice, bool reported)
    {
        var catalog = catalogs.Current;
        var index = QuizView.IndexOf(session, answer.QuestionId);
        if (QuizView.Context(catalog, session, index) is not { } context)
        {
            return NoticeCard.Build(notice, reported ? TextStyle.Good : TextStyle.Warning);
        }

        // The Next button stays when this is the question on screen and the quiz goes on.
        var showNext = input.State.Quiz is { } pointer && pointer.SessionId == session.SessionId && pointer.Index == index
            && !QuizView.IsComplete(session, answers, catalog);
        return view.Answered(catalog, session, context, answer, answers, input.Strings,
            new AnsweredCardOptions { Notice = notice, Reported = reported, ShowNext = showNext });
    }

    private static TurnOutcome Reply(TurnInput input, Newtonsoft.Json.Linq.JToken card) =>
        input.IsCardAction ? TurnOutcome.Replace(input.State, card) : TurnOutcome.Send(input.State, card);
}

namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Quizzes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>Starts, advances and stops on-demand quizzes. Answers are <see cref="AnswerFlow"/>'s.</summary>
public sealed class QuizFlow(
    IContentCatalogProvider catalogs,
    IQuizStore store,
    QuizView view,
    IOptions<QuizOptions> options,
    TimeProvider time,
    Random random,
    ILogger<QuizFlow> logger)
{
    public async Task<TurnOutcome> StartAsync(TurnInput input, string? topicText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var strings = input.Strings;
        var catalog = catalogs.Current;
        var topic = topicText is null ? null : TopicResolver.Resolve(catalog.Topics, topicText);
        if (topicText is not null && topic is null)
        {
            Log.TopicNotFound(logger, input.UserId, input.ActivityId);
            return TurnOutcome.Send(input.State, TopicListCard.Build(catalog.Topics, strings, strings.UnknownTopicTitle));
        }

        // The picker needs each question's latest answer; topics are balanced by questions answered, not by repeats.
        var history = AnswerHistory.From(await store.GetLatestAnswerPerQuestionAsync(input.UserId, cancellationToken));
        var picked = QuestionPicker.PickSession(catalog.Questions, history, options.Value.SessionLength, topic?.Id, random);
        if (picked.Count == 0)
        {
            return topic is null
                ? TurnOutcome.Send(input.State, NoticeCard.Build(strings.NoQuestionsAtAll, TextStyle.Warning))
                : TurnOutcome.Send(input.State, TopicListCard.Build(
                    catalog.Topics, strings, strings.NoQuestionsForTopic(topic.Name.For(strings.Locale))));
        }

        return await BeginAsync(input, catalog, [.. picked.Select(q => q.Id)], topic?.Id, cancellationToken);
    }

    /// <summary>
    /// A one-question quiz on the scenario a free answer pointed to. Only askable questions start: a forged id or
    /// one withdrawn since the answer card was drawn gets a notice, never a question resting on replaced law.
    /// </summary>
    public async Task<TurnOutcome> StartScenarioAsync(TurnInput input, string questionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = catalogs.Current;
        var question = catalog.Questions.FirstOrDefault(q => q.Id == questionId);
        return question is null
            ? TurnOutcome.Send(input.State, NoticeCard.Build(input.Strings.ScenarioUnavailable, TextStyle.Warning))
            : await BeginAsync(input, catalog, [question.Id], question.TopicId, cancellationToken);
    }

    private async Task<TurnOutcome> BeginAsync(
        TurnInput input, ContentCatalog catalog, IReadOnlyList<string> questionIds, string? topicId, CancellationToken cancellationToken)
    {
        var strings = input.Strings;
        var session = new QuizSessionRecord
        {
            SessionId = Guid.NewGuid().ToString("N"),
            UserId = input.UserId,
            Kind = SessionKind.OnDemand,
            QuestionIds = questionIds,
            ContentVersion = catalog.Version,
            Locale = input.Locale,
            StartedAt = time.GetUtcNow(),
            TopicId = topicId,
        };
        await store.CreateSessionAsync(session, cancellationToken);
        Log.QuizStarted(logger, session.SessionId, input.UserId, input.ConversationId, questionIds.Count, input.ActivityId);

        // The unfinished session stays stored as it is (its answers count); it just stops being the current one.
        var notice = input.State.Quiz is null ? null : strings.PreviousQuizClosed;
        var state = input.State with { Quiz = new QuizPointer { SessionId = session.SessionId, Index = 0 } };
        var first = QuizView.Context(catalog, session, 0)!;
        return TurnOutcome.Send(state, view.Question(catalog, first, strings, notice));
    }

    /// <summary>
    /// Sends the next question. A Next button names the question it sat under, so pressing it twice, or on an
    /// old card, sends nothing new and just redraws that card without the button.
    /// </summary>
    public async Task<TurnOutcome> NextAsync(TurnInput input, NextCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var strings = input.Strings;
        var pointer = input.State.Quiz;
        var catalog = catalogs.Current;
        var sessionId = command.SessionId ?? pointer?.SessionId ?? DailySessionIds.For(input.UserId, view.Today(catalog));
        // The session and its answers in one read: every "next" needs both.
        var stored = await store.GetSessionWithAnswersAsync(sessionId, cancellationToken);
        if (stored is null || stored.Session.UserId != input.UserId)
        {
            var text = stored is null ? (command.SessionId is null ? strings.NoQuestionWaiting : strings.QuizEnded) : strings.NotYourCard;
            return TurnOutcome.Replace(input.State, NoticeCard.Build(text, TextStyle.Warning));
        }

        var (session, answers) = stored;
        var current = pointer?.SessionId == session.SessionId && session.CompletedAt is null
            ? pointer
            : DailyResume(session, answers) ?? (command.QuestionId is null ? QuizView.Current(session, null, answers) : null);
        var pressedIndex = command.QuestionId is null ? current?.Index ?? -1 : QuizView.IndexOf(session, command.QuestionId);
        var pressedAnswer = pressedIndex < 0 ? null : answers.FirstOrDefault(a => a.QuestionId == session.QuestionIds[pressedIndex]);
        var pressed = QuizView.Context(catalog, session, pressedIndex);

        if (current is null || pressedIndex != current.Index || pressedAnswer is null)
        {
            if (current is not null && pressedIndex == current.Index && command.QuestionId is null)
            {
                // "next" typed while the question on screen is unanswered: show it again instead of skipping it.
                var again = QuizView.Context(catalog, session, current.Index);
                if (again is not null)
                {
                    return TurnOutcome.Replace(input.State, view.Question(catalog, again, strings, strings.CurrentQuestionAgain));
                }

                // The question on screen was removed by a reload: skip it.
                var skipTo = QuizView.NextAvailable(catalog, session, current.Index + 1);
                return QuizView.Context(catalog, session, skipTo) is { } following
                    ? TurnOutcome.Send(input.State with { Quiz = new QuizPointer { SessionId = session.SessionId, Index = skipTo } },
                        view.Question(catalog, following, strings, strings.QuestionSkipped))
                    : End(input, strings.QuestionRetired);
            }

            return pressed is null || pressedAnswer is null
                ? TurnOutcome.Replace(input.State, NoticeCard.Build(current is null ? strings.QuizEnded : strings.InvalidAnswer, TextStyle.Warning))
                : TurnOutcome.Replace(input.State, view.Answered(catalog, session, pressed, pressedAnswer, answers, strings, new AnsweredCardOptions()));
        }

        // Questions a reload removed from the bank since the session started are skipped.
        var nextIndex = QuizView.NextAvailable(catalog, session, current.Index + 1);
        var next = QuizView.Context(catalog, session, nextIndex);
        if (next is null)
        {
            return End(input, strings.QuizEnded);
        }

        var state = input.State with { Quiz = new QuizPointer { SessionId = session.SessionId, Index = nextIndex } };
        var questionCard = view.Question(catalog, next, strings);
        if (command.QuestionId is null || pressed is null)
        {
            return TurnOutcome.Send(state, questionCard);
        }

        var answered = view.Answered(catalog, session, pressed, pressedAnswer, answers, strings, new AnsweredCardOptions { NextSentBelow = true });
        return TurnOutcome.Replace(state, answered, questionCard);
    }

    public async Task<TurnOutcome> StopAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var strings = input.Strings;
        if (input.State.Quiz is not { } pointer)
        {
            return TurnOutcome.Send(input.State, NoticeCard.Build(strings.NothingToStop));
        }

        // A session that is gone took its answers with it (they reference it): then none were given.
        var stored = await store.GetSessionWithAnswersAsync(pointer.SessionId, cancellationToken);
        var answered = stored?.Answers.Count ?? 0;
        Log.QuizStopped(logger, pointer.SessionId, input.UserId, input.ActivityId);
        var stopped = NoticeCard.Build(strings.QuizStopped(answered, stored?.Session.QuestionIds.Count ?? answered), TextStyle.Normal,
            [CardJson.Submit(strings.NewQuizButton, new ButtonData { Verb = CardVerbs.Quiz })]);
        return TurnOutcome.Send(input.State with { Quiz = null }, stopped);
    }

    /// <summary>
    /// A daily session reached from its card (not from this conversation's state): it stands on its last answered
    /// question, so "next" brings the first unanswered one.
    /// </summary>
    private static QuizPointer? DailyResume(QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers)
    {
        var open = session.Kind == SessionKind.Daily && session.CompletedAt is null ? QuizView.FirstUnanswered(session, answers) : -1;
        return open > 0 ? new QuizPointer { SessionId = session.SessionId, Index = open - 1 } : null;
    }

    private static TurnOutcome End(TurnInput input, string text) =>
        TurnOutcome.Replace(input.State with { Quiz = null }, NoticeCard.Build(text, TextStyle.Warning));
}

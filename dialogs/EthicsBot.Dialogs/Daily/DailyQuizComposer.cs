namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Users;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// The daily push's messages. The card is an ordinary question card of a session of kind Daily, so answering,
/// "next", "why" and the summary work exactly as in an on-demand quiz.
/// </summary>
public sealed class DailyQuizComposer(
    IUserStore users,
    IQuizStore quizzes,
    IDailySubscriptionStore subscriptions,
    IContentCatalogProvider catalogs,
    IOptions<DailyQuizOptions> options,
    IOptions<ContestOptions> contest,
    TimeProvider time,
    Random random,
    ILogger<DailyQuizComposer> logger) : IDailyQuizComposer
{
    public async Task<DailyMessage?> ComposeDailyAsync(string userId, DateOnly localDate, CancellationToken cancellationToken)
    {
        if (await users.GetAsync(userId, cancellationToken) is not { } profile)
        {
            return null;
        }

        var catalog = catalogs.Current;
        var sessionId = DailySessionIds.For(userId, localDate);
        var (session, created) = await quizzes.GetSessionAsync(sessionId, cancellationToken) is { } existing
            ? (existing, false)
            : await StartAsync(profile, sessionId, localDate, cancellationToken);
        if (session is null)
        {
            return null;
        }

        // A retried send shows the first question still open; a session already finished has nothing to send. A session
        // this call created has no answers yet, which spares one read per card of a push.
        IReadOnlyList<AnswerRecord> answers = created ? [] : await quizzes.GetSessionAnswersAsync(sessionId, cancellationToken);
        var index = QuizView.FirstUnanswered(session, answers);
        if (QuizView.Context(catalog, session, index) is not { } context)
        {
            return null;
        }

        return new DailyMessage(DailyCard(context, profile.Locale, localDate), sessionId);
    }

    public async Task<IActivity?> ComposeReminderAsync(string userId, DateOnly localDate, string sessionId, CancellationToken cancellationToken)
    {
        var session = await quizzes.GetSessionAsync(sessionId, cancellationToken);
        var profile = await users.GetAsync(userId, cancellationToken);
        if (session is null || profile is null || session.UserId != userId
            || (await quizzes.GetSessionAnswersAsync(sessionId, cancellationToken)).Count > 0)
        {
            return null;
        }

        if (QuizView.Context(catalogs.Current, session, 0) is not { } context)
        {
            return null;
        }

        var strings = UiStrings.For(profile.Locale);
        return CardMessage.From(QuestionCard.Build(context, strings, strings.DailyReminder, strings.DailyCardHeading(localDate)));
    }

    public async Task<IActivity> ComposeAutoPausedAsync(string userId, CancellationToken cancellationToken)
    {
        var locale = (await users.GetAsync(userId, cancellationToken))?.Locale ?? Locale.Vi;
        var strings = UiStrings.For(locale);
        var card = NoticeCard.Build(strings.DailyAutoPaused, TextStyle.Normal,
            [CardJson.Submit(strings.DailyResumeButton, new ButtonData { Verb = CardVerbs.Daily, Setting = "resume" })]);
        return CardMessage.From(card);
    }

    public IActivity? ComposeSample()
    {
        var catalog = catalogs.Current;
        var now = time.GetUtcNow();
        var zone = TimeZones.Resolve(null);
        // A fixed seed: the sample needs no variety, and the shared Random is for real picks.
        var picked = DailyPicker.PickDaily(catalog.Questions, [], now, zone, options.Value.QuestionsPerDay, new Random(0));
        var session = new QuizSessionRecord
        {
            SessionId = "sample",
            UserId = "sample",
            Kind = Domain.Quizzes.SessionKind.Daily,
            QuestionIds = [.. picked.Select(q => q.Id)],
            ContentVersion = catalog.Version,
            Locale = Locale.Vi,
            StartedAt = now,
        };
        if (QuizView.Context(catalog, session, 0) is not { } context)
        {
            return null;
        }

        return DailyCard(context, Locale.Vi, TimeZones.LocalDate(now, zone));
    }

    // One builder for the real card and the start-up sample, so the sample warms exactly the path a push takes.
    private static IActivity DailyCard(QuestionContext context, Locale locale, DateOnly localDate)
    {
        var strings = UiStrings.For(locale);
        return CardMessage.From(QuestionCard.Build(context, strings, heading: strings.DailyCardHeading(localDate)));
    }

    /// <returns>The session, and whether this call created it (false when another instance did a moment earlier).</returns>
    private async Task<(QuizSessionRecord? Session, bool Created)> StartAsync(
        UserProfile profile, string sessionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var subscription = await subscriptions.GetAsync(profile.UserId, cancellationToken);
        var zone = TimeZones.Resolve(subscription?.Settings.TimeZone);
        var history = AnswerHistory.From(await quizzes.GetUserAnswersAsync(profile.UserId, cancellationToken));
        var now = time.GetUtcNow();
        // A contest season narrows the bank to its topics (the week's topic when one is set) for its dates.
        var pool = contest.Value.Season?.Focus(catalog.Questions, TimeZones.LocalDate(now, zone)) ?? catalog.Questions;
        var picked = DailyPicker.PickDaily(pool, history, now, zone, options.Value.QuestionsPerDay, random);
        if (picked.Count == 0)
        {
            return (null, false);
        }

        var session = new QuizSessionRecord
        {
            SessionId = sessionId,
            UserId = profile.UserId,
            Kind = Domain.Quizzes.SessionKind.Daily,
            QuestionIds = [.. picked.Select(q => q.Id)],
            ContentVersion = catalog.Version,
            Locale = profile.Locale,
            StartedAt = now,
        };
        try
        {
            await quizzes.CreateSessionAsync(session, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Another instance that took over the delivery's lease may have started it a moment earlier.
            return (await quizzes.GetSessionAsync(sessionId, cancellationToken) ?? throw new InvalidOperationException(
                $"Daily session {sessionId} could not be created.", exception), false);
        }

        Log.DailyComposed(logger, sessionId, profile.UserId, localDate, picked.Count);
        return (session, true);
    }
}

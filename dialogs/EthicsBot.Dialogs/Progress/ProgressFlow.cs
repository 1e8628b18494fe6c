namespace EthicsBot.Dialogs.Progress;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Progress;
using EthicsBot.Persistence.Quizzes;

public sealed class ProgressFlow(IContentCatalogProvider catalogs, IQuizStore store, TimeProvider time)
{
    public async Task<TurnOutcome> ShowAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var strings = input.Strings;
        var answers = await store.GetUserAnswersAsync(input.UserId, cancellationToken);
        if (answers.Count == 0)
        {
            return TurnOutcome.Send(input.State, NoticeCard.Build(strings.NoAnswersYet, TextStyle.Normal,
                [CardJson.Submit(strings.StartButton, new ButtonData { Verb = CardVerbs.Quiz })]));
        }

        var catalog = catalogs.Current;
        var calendar = catalog.Calendar;
        var zone = TimeZones.Resolve(calendar.DefaultTimeZone);
        // A day counts toward the streak when the user answered at least one question on it, local time.
        var days = answers.Select(a => TimeZones.LocalDate(a.AnsweredAt, zone)).Distinct().ToList();
        var today = TimeZones.LocalDate(time.GetUtcNow(), zone);
        var report = ProgressReport.Build(
            AnswerHistory.From(answers),
            catalog.Topics,
            StreakCalculator.Current(days, today, calendar),
            StreakCalculator.Longest(days, calendar)) with
        {
            Completed = Completion.Earned(answers.Select(a => new DatedAnswer(TimeZones.LocalDate(a.AnsweredAt, zone), a.QuestionId, a.IsCorrect)), catalog, today),
        };
        return TurnOutcome.Send(input.State, ProgressCard.Build(report, catalog.Topics, strings));
    }
}

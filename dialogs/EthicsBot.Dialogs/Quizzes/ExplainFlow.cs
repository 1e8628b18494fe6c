namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Persistence.Quizzes;

/// <summary>"Why?": repeats the explanation and legal basis of the user's most recent answer, straight from content.</summary>
public sealed class ExplainFlow(IContentCatalogProvider catalogs, IQuizStore store, QuizView view)
{
    public async Task<TurnOutcome> ExplainAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var strings = input.Strings;
        var last = (await store.GetUserAnswersAsync(input.UserId, cancellationToken)).MaxBy(a => a.AnsweredAt);
        if (last is null)
        {
            return TurnOutcome.Send(input.State, NoticeCard.Build(strings.NothingToExplain));
        }

        var catalog = catalogs.Current;
        if (!catalog.QuestionsById.TryGetValue(last.QuestionId, out var question))
        {
            return TurnOutcome.Send(input.State, NoticeCard.Build(strings.QuestionRetired, TextStyle.Warning));
        }

        var references = ReferenceLines.For(question, catalog, strings, view.Today(catalog));
        return TurnOutcome.Send(input.State, ExplanationCard.Build(question, strings, references));
    }
}

namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Persistence.Quizzes;

/// <summary>"Why?": repeats the explanation and legal basis of the user's most recent answer, straight from content, and asks the explainer (when configured) about the chosen option.</summary>
public sealed class ExplainFlow(IContentCatalogProvider catalogs, IQuizStore store, QuizView view, ExplanationService explanations)
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

        var today = view.Today(catalog);
        var references = ReferenceLines.For(question, catalog, strings, today);
        // The stored explanation answers at once; with a model configured, the choice is explained against the key below it.
        return TurnOutcome.Send(input.State, ExplanationCard.Build(question, strings, references)) with
        {
            FollowUp = explanations.ForWhy(input, question, last.OptionId, catalog, today),
        };
    }
}

namespace EthicsBot.Dialogs.Ask;

using EthicsBot.Content.Answers;
using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Routing;
using Microsoft.Extensions.Logging;

/// <summary>
/// Free questions. The decision is <see cref="FreeQuestionAnswerer.Answer"/>, a pure function of the catalog,
/// the text and the day; this flow only fetches those, draws the card and records what the bank could not answer.
/// </summary>
public sealed class AskFlow(
    IContentCatalogProvider catalogs, RuleIndexCache indexes, QuizView view, UnansweredQuestions unanswered, ExplanationService explanations, ILogger<AskFlow> logger)
{
    /// <summary>Longer text is cut before retrieval: a pasted document is not a question, and the cut bounds the work.</summary>
    public const int MaxQuestionLength = 600;

    /// <summary>
    /// Free text counts as a question from three words on, or two with a question mark; shorter text that is no
    /// command ("ok", "hmm") gets the short hint instead of an "I don't know" with a topic list.
    /// </summary>
    public static bool IsQuestion(TypedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Words.Count(c => c == ' ') + 1;
        return words >= 3 || (words == 2 && text.Original.Contains('?', StringComparison.Ordinal));
    }

    public Task<TurnOutcome> AskAsync(TurnInput input, AskCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var catalog = catalogs.Current;
        var text = command.Text.Length > MaxQuestionLength ? command.Text[..MaxQuestionLength] : command.Text;
        var answer = FreeQuestionAnswerer.Answer(catalog, indexes.For(catalog), text, input.Locale, view.Today(catalog));
        Log.FreeQuestion(logger, input.UserId, input.ActivityId, answer.Kind, command.Text.Length, answer.Confidence);
        if (answer.Kind != AnswerKind.Answered)
        {
            unanswered.Record(text, [input.Profile.DisplayName, .. input.MentionedNames]);
            return Task.FromResult(TurnOutcome.Send(input.State, FreeAnswerCard.Refusal(answer, catalog, input.Strings)));
        }

        var outcome = TurnOutcome.Send(input.State, FreeAnswerCard.Build(answer, catalog, input.Strings));
        return Task.FromResult(outcome with
        {
            FollowUp = explanations.ForAnswer(input, answer, text, catalog, [input.Profile.DisplayName, .. input.MentionedNames]),
        });
    }
}

namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Feedback;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using Newtonsoft.Json.Linq;

/// <summary>
/// The card that replaces an answered question: the options without buttons, the choice marked, the
/// verdict, the feedback, the explanation and the legal basis. Teams' most requested quiz-card feature is
/// exactly this: buttons that go away once answered.
/// </summary>
public static class AnsweredCard
{
    public static JObject Build(
        QuestionContext context, UiStrings strings, GradeResult result, IReadOnlyList<string> references,
        AnsweredCardOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(options);
        return Compose(context, strings, QuestionCard.Header(context, strings), result, references, options);
    }

    /// <summary>The card with a given <paramref name="header"/>: a template passes a placeholder for it.</summary>
    internal static JObject Compose(
        QuestionContext context, UiStrings strings, string header, GradeResult result, IReadOnlyList<string> references,
        AnsweredCardOptions options)
    {
        var question = context.Question;
        var text = question.For(strings.Locale);
        var chosen = text.Options.First(o => o.Id == result.OptionId);
        var best = text.Options.First(o => o.Id == Grader.BestOptionId(question));
        var (verdict, verdictStyle) = Verdict(question.Kind, result.Grade, strings);

        var body = new List<JObject>();
        var plain = new List<string>();
        void Add(JObject element, string fallback)
        {
            body.Add(element);
            plain.Add(fallback);
        }

        if (options.Notice is { } notice)
        {
            Add(CardJson.Text(notice, TextStyle.Warning), notice);
        }

        Add(CardJson.Text(header, TextStyle.Subtle), header);
        Add(CardJson.Text(text.Stem, TextStyle.Heading), text.Stem);
        foreach (var option in text.Options)
        {
            var line = $"{Marker(question, option.Id, result.OptionId)} **{QuestionCard.Letter(option.Id)}.** {option.Text}";
            var style = option.Id == best.Id ? TextStyle.Good : option.Id == chosen.Id ? TextStyle.Attention : TextStyle.Normal;
            body.Add(CardJson.Text(option.Id == chosen.Id ? $"{line} ← _{strings.YourChoice}_" : line, style));
        }

        plain.Add($"{char.ToUpperInvariant(strings.YourChoice[0])}{strings.YourChoice[1..]}: {QuestionCard.Letter(chosen.Id)}. {chosen.Text}");
        Add(CardJson.Text(verdict, verdictStyle), verdict);
        Add(CardJson.Text(chosen.Feedback), chosen.Feedback);
        if (result.Grade != OptionGrade.Best)
        {
            var label = question.Kind == QuestionKind.Dilemma ? strings.BestAnswerLabel : strings.CorrectAnswerLabel;
            var line = $"{label}: {QuestionCard.Letter(best.Id)}. {best.Text}";
            Add(CardJson.Text($"**{label}:** {QuestionCard.Letter(best.Id)}. {best.Text}"), line);
        }

        Add(CardJson.Text(strings.ExplanationLabel, TextStyle.Heading), strings.ExplanationLabel);
        Add(CardJson.Text(text.Explanation), text.Explanation);
        if (references.Count > 0)
        {
            Add(CardJson.Text(strings.ReferencesLabel, TextStyle.Heading), strings.ReferencesLabel);
            foreach (var reference in references)
            {
                Add(CardJson.Text($"• {reference}"), $"• {reference}");
            }
        }

        if (options.Summary is { } summary)
        {
            body.AddRange(summary);
            plain.AddRange(summary.SelectMany(PlainText));
        }

        if (options.ShowNext)
        {
            Add(CardJson.Text(strings.NextHint, TextStyle.Subtle), strings.NextHint);
        }
        else if (options.NextSentBelow)
        {
            Add(CardJson.Text(strings.NextQuestionBelow, TextStyle.Subtle), strings.NextQuestionBelow);
        }

        return CardJson.Card(string.Join('\n', plain), body, Actions(context, strings, options));
    }

    private static IEnumerable<JObject> Actions(QuestionContext context, UiStrings strings, AnsweredCardOptions options)
    {
        if (options.ShowNext)
        {
            yield return CardJson.Execute(strings.NextButton, new ButtonData
            {
                Verb = CardVerbs.Next,
                SessionId = context.SessionId,
                QuestionId = context.Question.Id,
            });
        }

        if (!options.Reported)
        {
            yield return ReportForm.Action(context, strings);
        }

        if (options.Summary is not null)
        {
            yield return CardJson.Submit(strings.NewQuizButton, new ButtonData { Verb = CardVerbs.Quiz });
            yield return CardJson.Submit(strings.ProgressButton, new ButtonData { Verb = CardVerbs.Progress });
        }
    }

    private static (string Text, TextStyle Style) Verdict(QuestionKind kind, OptionGrade grade, UiStrings strings) => (kind, grade) switch
    {
        (QuestionKind.Single, OptionGrade.Best) => (strings.ResultCorrect, TextStyle.Good),
        (QuestionKind.Single, _) => (strings.ResultWrong, TextStyle.Attention),
        (_, OptionGrade.Best) => (strings.ResultBest, TextStyle.Good),
        (_, OptionGrade.Acceptable) => (strings.ResultAcceptable, TextStyle.Warning),
        _ => (strings.ResultDilemmaWrong, TextStyle.Attention),
    };

    // Dilemmas show every option's grade: seeing which choices were acceptable is part of the lesson.
    private static string Marker(Question question, string optionId, string chosenId) => question.Grades[optionId] switch
    {
        OptionGrade.Best => "✅",
        OptionGrade.Acceptable when question.Kind == QuestionKind.Dilemma => "👍",
        _ when optionId == chosenId => "❌",
        _ => "▫️",
    };

    private static IEnumerable<string> PlainText(JObject element) =>
        element.DescendantsAndSelf().OfType<JObject>()
            .Where(o => (string?)o["type"] == "TextBlock")
            .Select(o => (string?)o["text"] ?? string.Empty);
}

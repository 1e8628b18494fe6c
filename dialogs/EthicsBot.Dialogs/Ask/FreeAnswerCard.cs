namespace EthicsBot.Dialogs.Ask;

using EthicsBot.Content.Answers;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;
using Newtonsoft.Json.Linq;

/// <summary>
/// The offline answer to a free question: premise warnings, the rule in the bank's own words, its references with
/// their status today, and buttons that start the related scenarios.
/// </summary>
public static class FreeAnswerCard
{
    public static JObject Build(GroundedAnswer answer, ContentCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(strings);
        var body = new List<JObject> { CardJson.Text(strings.AskTitle, TextStyle.Title) };
        var plain = new List<string> { strings.AskTitle };
        foreach (var warning in PremiseWarnings(answer, catalog, strings))
        {
            body.Add(CardJson.Text(warning, TextStyle.Warning));
            plain.Add(warning);
        }

        var rule = string.Join(' ', answer.Sentences);
        body.Add(CardJson.Text(rule));
        plain.Add(rule);
        var references = ReferenceLinesFor(answer, catalog, strings);
        if (references.Count > 0)
        {
            body.Add(CardJson.Text(strings.ReferencesLabel, TextStyle.Heading));
            body.AddRange(references.Select(r => CardJson.Text($"• {r}")));
            plain.AddRange(references.Select(r => $"• {r}"));
        }

        var actions = new List<JObject>();
        if (answer.Rules.Count > 0)
        {
            body.Add(CardJson.Text(strings.AskScenariosLabel, TextStyle.Heading));
            for (var i = 0; i < answer.Rules.Count; i++)
            {
                var question = answer.Rules[i].Question;
                var topic = catalog.FindTopic(question.TopicId)?.Name.For(strings.Locale) ?? question.TopicId;
                var teaser = $"{i + 1}. {topic}: {Shorten(question.For(strings.Locale).Stem, 140)}";
                body.Add(CardJson.Text(teaser, TextStyle.Subtle));
                plain.Add(teaser);
                actions.Add(CardJson.Submit(strings.AskScenarioButton(i + 1), new ButtonData { Verb = CardVerbs.Scenario, QuestionId = question.Id }));
            }
        }

        body.Add(CardJson.Text(strings.AskSourceNote, TextStyle.Subtle));
        return CardJson.Card(string.Join('\n', plain), body, actions);
    }

    /// <summary>"I don't know" (or "that document is not in the register") with the topic list to start from.</summary>
    public static JObject Refusal(GroundedAnswer answer, ContentCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(strings);
        var unknown = answer.Mentions.FirstOrDefault(m => m.Document is null);
        var title = unknown is null ? strings.AskNotFound : strings.AskUnknownDocument(unknown.Text);
        return TopicListCard.Build(catalog.Topics, strings, title);
    }

    public static IReadOnlyList<string> ReferenceLinesFor(GroundedAnswer answer, ContentCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return [.. answer.References.Select(r =>
        {
            var reference = new LegalReference { DocumentId = r.Document.Id, Article = r.Articles.Count == 0 ? null : string.Join(", ", r.Articles) };
            return $"{strings.Citation(reference, r.Document)} ({ReferenceLines.Status(r.Document, catalog, strings, answer.Today)})";
        })];
    }

    private static IEnumerable<string> PremiseWarnings(GroundedAnswer answer, ContentCatalog catalog, UiStrings strings) =>
        answer.Mentions
            .Where(m => m.Document is { } d && !d.IsInForceOn(answer.Today))
            .Select(m => strings.AskPremiseOutdated(strings.DocumentName(m.Document!), ReferenceLines.Status(m.Document!, catalog, strings, answer.Today)));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..text.LastIndexOf(' ', max)] + " …";
}

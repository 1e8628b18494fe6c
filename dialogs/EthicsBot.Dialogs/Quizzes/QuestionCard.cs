namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using Newtonsoft.Json.Linq;

/// <summary>
/// The question with one button per option. Option texts sit in the body because Teams cuts button titles
/// to one line; the buttons carry only the letter, which is also what a user types when buttons fail.
/// </summary>
public static class QuestionCard
{
    /// <param name="heading">A title above the question, such as the daily quiz's date.</param>
    public static JObject Build(QuestionContext context, UiStrings strings, string? notice = null, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strings);
        return Compose(context, strings, Header(context, strings), notice, heading);
    }

    /// <summary>The card with a given <paramref name="header"/>: a template passes a placeholder for it.</summary>
    internal static JObject Compose(QuestionContext context, UiStrings strings, string header, string? notice, string? heading)
    {
        var text = context.Question.For(strings.Locale);
        var hint = strings.AnswerHint(text.Options.Count);

        var body = new List<JObject>();
        if (heading is not null)
        {
            body.Add(CardJson.Text(heading, TextStyle.Title));
        }

        if (notice is not null)
        {
            body.Add(CardJson.Text(notice, TextStyle.Warning));
        }

        body.Add(CardJson.Text(header, TextStyle.Subtle));
        body.Add(CardJson.Text(text.Stem, TextStyle.Heading));
        body.AddRange(text.Options.Select(o => CardJson.Text($"**{Letter(o.Id)}.** {o.Text}")));
        body.Add(CardJson.Text(hint, TextStyle.Subtle));

        var actions = text.Options.Select(o => CardJson.Execute(Letter(o.Id), new ButtonData
        {
            Verb = CardVerbs.Answer,
            SessionId = context.SessionId,
            QuestionId = context.Question.Id,
            OptionId = o.Id,
        }));

        var fallback = new List<string>();
        if (heading is not null)
        {
            fallback.Add(heading);
        }

        if (notice is not null)
        {
            fallback.Add(notice);
        }

        fallback.Add(header);
        fallback.Add(text.Stem);
        fallback.AddRange(text.Options.Select(o => $"{Letter(o.Id)}. {o.Text}"));
        fallback.Add(hint);
        return CardJson.Card(string.Join('\n', fallback), body, actions);
    }

    internal static string Header(QuestionContext context, UiStrings strings)
    {
        var progress = strings.QuestionProgress(context.Number, context.Total);
        return context.Topic is { } topic ? $"{progress} · {topic.Name.For(strings.Locale)}" : progress;
    }

    internal static string Letter(string optionId) => optionId.ToUpperInvariant();
}

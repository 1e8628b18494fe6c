namespace EthicsBot.Dialogs.Quizzes;

using System.Runtime.CompilerServices;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

/// <summary>
/// Question and answered cards as templates, so a turn splices its session id and header into JSON written once
/// instead of building a card tree and serializing it. Templates belong to one catalog instance: content is immutable
/// per catalog, so a reload (a new instance) starts with no templates and can never be served an old card, on this
/// instance or any other. Everything else a card shows is in the key.
/// </summary>
public sealed class QuizCardCache(int questionCapacity = 2048, int answeredCapacity = 4096)
{
    private readonly ConditionalWeakTable<ContentCatalog, Templates> byCatalog = [];

    public PreparedCard Question(ContentCatalog catalog, QuestionContext context, UiStrings strings, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strings);
        var key = new QuestionKey(context.Question.Id, strings.Locale, notice);
        var template = For(catalog).Questions.GetOrAdd(key, _ =>
            CardTemplate.From(QuestionCard.Compose(Placeholders(context), strings, CardTemplate.Placeholder(1), notice, heading: null)));
        return template.Render(context.SessionId, QuestionCard.Header(context, strings));
    }

    /// <summary>The answered card without a session summary; <paramref name="today"/> dates the references' legal status.</summary>
    public PreparedCard Answered(
        ContentCatalog catalog, QuestionContext context, UiStrings strings, GradeResult result, DateOnly today, AnsweredCardOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Summary is not null)
        {
            throw new ArgumentException("A session summary is per session and has no template.", nameof(options));
        }

        var key = new AnsweredKey(
            context.Question.Id, strings.Locale, result.OptionId, result.Grade, today, options.Notice, options.ShowNext, options.NextSentBelow, options.Reported);
        var template = For(catalog).Answered.GetOrAdd(key, _ =>
        {
            var references = ReferenceLines.For(context.Question, catalog, strings, today);
            return CardTemplate.From(AnsweredCard.Compose(Placeholders(context), strings, CardTemplate.Placeholder(1), result, references, options));
        });
        return template.Render(context.SessionId, QuestionCard.Header(context, strings));
    }

    private static QuestionContext Placeholders(QuestionContext context) => context with { SessionId = CardTemplate.Placeholder(0) };

    private Templates For(ContentCatalog catalog) =>
        byCatalog.GetValue(catalog, _ => new Templates(new(questionCapacity), new(answeredCapacity)));

    private sealed record Templates(TemplateCache<QuestionKey> Questions, TemplateCache<AnsweredKey> Answered);

    private readonly record struct QuestionKey(string QuestionId, Locale Locale, string? Notice);

    private readonly record struct AnsweredKey(
        string QuestionId, Locale Locale, string OptionId, OptionGrade Grade, DateOnly Today, string? Notice, bool ShowNext,
        bool NextSentBelow, bool Reported);
}

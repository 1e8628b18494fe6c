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
/// instance or any other. Everything else a card shows is in the key. On the shipped bank a question template holds
/// about 3,400 characters and an answered one 5,300, so the default bounds keep a catalog's templates under ~30 MB;
/// 1,024 question templates hold the whole bank in both languages.
/// </summary>
public sealed class QuizCardCache(int questionCapacity = 1024, int answeredCapacity = 2048)
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

    /// <summary>
    /// The answered card, with the end-of-session block when <paramref name="summary"/> is given (the options carry no
    /// summary of their own); <paramref name="today"/> dates the references' legal status.
    /// </summary>
    public PreparedCard Answered(
        ContentCatalog catalog, QuestionContext context, UiStrings strings, GradeResult result, DateOnly today, AnsweredCardOptions options,
        SessionSummary? summary = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Summary is not null)
        {
            throw new ArgumentException("The session summary goes in its own argument, as its texts vary by session.", nameof(options));
        }

        var key = new AnsweredKey(
            context.Question.Id, strings.Locale, result.OptionId, result.Grade, today, options.Notice, options.ShowNext, options.NextSentBelow,
            options.Reported, summary is not null);
        var template = For(catalog).Answered.GetOrAdd(key, _ =>
        {
            var references = ReferenceLines.For(context.Question, catalog, strings, today);
            var block = summary is null ? null : SummarySection.Compose(strings, CardTemplate.Placeholder(2), CardTemplate.Placeholder(3));
            var card = AnsweredCard.Compose(
                Placeholders(context), strings, CardTemplate.Placeholder(1), result, references, options with { Summary = block });
            return CardTemplate.From(card);
        });
        var header = QuestionCard.Header(context, strings);
        if (summary is null)
        {
            return template.Render(context.SessionId, header);
        }

        var (score, review) = SummarySection.Texts(summary, catalog, strings);
        return template.Render(context.SessionId, header, score, review);
    }

    private static QuestionContext Placeholders(QuestionContext context) => context with { SessionId = CardTemplate.Placeholder(0) };

    private Templates For(ContentCatalog catalog) =>
        byCatalog.GetValue(catalog, _ => new Templates(new(questionCapacity), new(answeredCapacity)));

    private sealed record Templates(TemplateCache<QuestionKey> Questions, TemplateCache<AnsweredKey> Answered);

    private readonly record struct QuestionKey(string QuestionId, Locale Locale, string? Notice);

    private readonly record struct AnsweredKey(
        string QuestionId, Locale Locale, string OptionId, OptionGrade Grade, DateOnly Today, string? Notice, bool ShowNext,
        bool NextSentBelow, bool Reported, bool Summary);
}

namespace EthicsBot.Content.Loading;

using EthicsBot.Content.Validation;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Units;

/// <summary>Turns validated raw content into the immutable Domain catalog. Runs only when validation found no error.</summary>
internal static class CatalogBuilder
{
    public static ContentCatalog Build(RawContent raw, string version)
    {
        var questions = raw.Questions.Select(Question).ToList();
        return new ContentCatalog
        {
            Version = version,
            Topics = [.. raw.Topics!.Select(t => new Topic
            {
                Id = t.Id!.Value,
                Name = Text(t.Name!),
                Description = Text(t.Description!),
                Aliases = [.. t.Aliases.Select(a => a.Value)],
            })],
            Documents = raw.Documents!.Select(Document).ToDictionary(d => d.Id, StringComparer.Ordinal),
            Questions = questions,
            QuestionsById = questions.ToDictionary(q => q.Id, StringComparer.Ordinal),
            Calendar = Calendar(raw.Calendar!),
            Units = new UnitDirectory(raw.Units.Select(u => new Unit(u.Id!.Value, RawValues.Text(u.Name!), u.Parent!.Value, UnitKind.Local))),
        };
    }

    private static LocalizedString Text(RawText text) => new(RawValues.Text(text.Vi!), RawValues.Text(text.En!));

    private static LegalDocument Document(RawDocument d) => new()
    {
        Id = d.Id!.Value,
        Number = d.Number!.Value,
        Title = Text(d.Title!),
        Issued = RawValues.ParseDate(d.Issued),
        Effective = RawValues.ParseDate(d.Effective),
        Note = d.Note?.Value,
        ReplacedBy = d.ReplacedBy?.Value,
        ArticlesUnconfirmed = d.Articles?.Value == RegistryRules.ArticlesUnconfirmed,
        SupersededOn = RawValues.ParseDate(d.SupersededOn),
    };

    private static Question Question(RawQuestion q)
    {
        var optionIds = q.Vi!.Options!.Select(o => o.Id!.Value).ToList();
        var grades = q.Kind!.Value == QuestionRules.Single
            ? optionIds.ToDictionary(id => id, id => id == q.Answer!.Value ? OptionGrade.Best : OptionGrade.Wrong)
            : q.Grades!.ToDictionary(g => g.OptionId.Value, g => Enum.Parse<OptionGrade>(g.Grade!.Value, ignoreCase: true));
        return new Question
        {
            Id = q.Id!.Value,
            TopicId = q.Topic!.Value,
            Objective = q.Objective!.Value,
            Difficulty = int.Parse(q.Difficulty!.Value, System.Globalization.CultureInfo.InvariantCulture),
            Kind = q.Kind.Value == QuestionRules.Single ? QuestionKind.Single : QuestionKind.Dilemma,
            Grades = grades,
            Vi = Text(q.Vi),
            En = Text(q.En!),
            References = [.. q.References!.Select(r => new LegalReference
            {
                DocumentId = r.Doc!.Value,
                Article = r.Article?.Value,
                Clause = r.Clause?.Value,
                Point = r.Point?.Value,
            })],
        };
    }

    private static QuestionText Text(RawQuestionText text) => new()
    {
        Stem = RawValues.Text(text.Stem!),
        Explanation = RawValues.Text(text.Explanation!),
        Options = [.. text.Options!.Select(o => new QuestionOption
        {
            Id = o.Id!.Value,
            Text = RawValues.Text(o.Text!),
            Feedback = RawValues.Text(o.Feedback!),
        })],
    };

    private static WorkCalendar Calendar(RawCalendar calendar)
    {
        var ignored = new ContentDiagnostics();
        return WorkCalendar.Create(
            calendar.Holidays.SelectMany(h => CalendarRules.HolidayDates(h, ignored).Select(d => new Holiday(d, Text(h.Name!)))),
            calendar.MakeupWorkdays.Select(m => RawValues.ParseDate(m.Date)!.Value),
            calendar.TimeZone!.Value);
    }
}

namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;

/// <summary>
/// A small bank built in code: three topics, seven questions (one dilemma, one with three options), both
/// languages, references to in-force, not-yet-effective and superseded documents.
/// </summary>
public static class TestCatalog
{
    public const string Version = "test-v1";

    public static Topic SocialMedia { get; } = Topic("social-media", "Ứng xử trên mạng xã hội", "Conduct on social networks", "mxh", "social");
    public static Topic Security { get; } = Topic("info-security", "An toàn thông tin", "Information security hygiene", "attt", "security");
    public static Topic Ai { get; } = Topic("generative-ai", "AI tạo sinh trong công việc", "Generative AI at work", "ai", "chatbot");

    public static LegalDocument CadresLaw { get; } = Document("luat-cbcc-2025", "80/2025/QH15", "Luật Cán bộ, công chức", "Law on Cadres and Civil Servants", new DateOnly(2025, 7, 1));
    public static LegalDocument OldCadresLaw { get; } = Document("luat-cbcc-2008", "22/2008/QH12", "Luật Cán bộ, công chức (2008)", "Law on Cadres and Civil Servants (2008)", new DateOnly(2010, 1, 1)) with
    {
        ReplacedBy = "luat-cbcc-2025",
        SupersededOn = new DateOnly(2025, 7, 1),
    };
    public static LegalDocument CodeOfConduct { get; } = Document("qd-874-2021", "874/QĐ-BTTTT", "Bộ Quy tắc ứng xử trên mạng xã hội", "Code of Conduct on Social Networks", new DateOnly(2021, 6, 17));
    public static LegalDocument CyberLaw { get; } = Document("luat-anm-2025", "116/2025/QH15", "Luật An ninh mạng", "Law on Cybersecurity", new DateOnly(2026, 7, 1));

    public static ContentCatalog Build() => Build(Questions());

    public static ContentCatalog Build(IReadOnlyList<Question> questions) => new()
    {
        Version = Version,
        Topics = [SocialMedia, Security, Ai],
        Documents = new[] { CadresLaw, OldCadresLaw, CodeOfConduct, CyberLaw }.ToDictionary(d => d.Id),
        Questions = questions,
        QuestionsById = questions.ToDictionary(q => q.Id),
        Calendar = WorkCalendar.WeekdaysOnly,
    };

    public static IReadOnlyList<Question> Questions() =>
    [
        Single("sm-001", SocialMedia.Id, "b", 4, Ref(CadresLaw, "14"), Ref(OldCadresLaw, "15")),
        Single("sm-002", SocialMedia.Id, "a", 4, Ref(CodeOfConduct, null)),
        Dilemma("sm-003", SocialMedia.Id, Ref(CadresLaw, "10")),
        Single("is-001", Security.Id, "c", 3, Ref(CadresLaw, "9")),
        Single("is-002", Security.Id, "d", 4, new LegalReference { DocumentId = CyberLaw.Id, Article = "7", Clause = "2", Point = "g" }),
        Single("ai-001", Ai.Id, "a", 4, Ref(CyberLaw, "11")),
        Single("ai-002", Ai.Id, "b", 4, Ref(CadresLaw, "14")),
    ];

    public static Question Single(string id, string topicId, string answer, int optionCount, params LegalReference[] references)
    {
        var ids = OptionIds(optionCount);
        return Question(id, topicId, QuestionKind.Single, ids.ToDictionary(o => o, o => o == answer ? OptionGrade.Best : OptionGrade.Wrong), references);
    }

    /// <summary>a best, b acceptable, c and d wrong.</summary>
    public static Question Dilemma(string id, string topicId, params LegalReference[] references) =>
        Question(id, topicId, QuestionKind.Dilemma, new Dictionary<string, OptionGrade>
        {
            ["a"] = OptionGrade.Best,
            ["b"] = OptionGrade.Acceptable,
            ["c"] = OptionGrade.Wrong,
            ["d"] = OptionGrade.Wrong,
        }, references);

    public static Question Question(string id, string topicId, QuestionKind kind, IReadOnlyDictionary<string, OptionGrade> grades, IReadOnlyList<LegalReference> references) => new()
    {
        Id = id,
        TopicId = topicId,
        Objective = id,
        Difficulty = 1,
        Kind = kind,
        Grades = grades,
        References = references,
        Vi = new QuestionText
        {
            Stem = $"Tình huống {id}: chị Lan nên làm gì?",
            Options = [.. grades.Keys.Select(o => new QuestionOption { Id = o, Text = $"Phương án {o} của {id}", Feedback = $"Nhận xét phương án {o} của {id}" })],
            Explanation = $"Giải thích của {id}",
        },
        En = new QuestionText
        {
            Stem = $"Scenario {id}: what should Lan do?",
            Options = [.. grades.Keys.Select(o => new QuestionOption { Id = o, Text = $"Option {o} of {id}", Feedback = $"Feedback on option {o} of {id}" })],
            Explanation = $"Explanation of {id}",
        },
    };

    public static LegalReference Ref(LegalDocument document, string? article) => new() { DocumentId = document.Id, Article = article };

    private static string[] OptionIds(int count) => [.. "abcd".Take(count).Select(c => c.ToString())];

    private static Topic Topic(string id, string vi, string en, params string[] aliases) => new()
    {
        Id = id,
        Name = new LocalizedString(vi, en),
        Description = new LocalizedString(vi, en),
        Aliases = aliases,
    };

    private static LegalDocument Document(string id, string number, string vi, string en, DateOnly effective) => new()
    {
        Id = id,
        Number = number,
        Title = new LocalizedString(vi, en),
        Effective = effective,
    };
}

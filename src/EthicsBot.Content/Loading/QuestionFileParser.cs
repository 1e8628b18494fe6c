namespace EthicsBot.Content.Loading;

/// <summary>Reads one questions/*.yaml file: <c>topic</c> plus <c>questions: [ ... ]</c>.</summary>
internal static class QuestionFileParser
{
    private static readonly string[] QuestionKeys = ["id", "difficulty", "kind", "objective", "answer", "grades", "references", "vi", "en"];

    public static (RawScalar? Topic, IReadOnlyList<RawQuestion> Questions) Parse(YamlNode root, string path, ContentDiagnostics diagnostics)
    {
        var file = MappingReader.Open(root, path, diagnostics, "topic", "questions");
        if (file is null)
        {
            return (null, []);
        }

        var topic = file.Required("topic");
        var questions = new List<RawQuestion>();
        foreach (var item in file.Sequence("questions", required: true) ?? [])
        {
            var question = MappingReader.Open(item, path, diagnostics, QuestionKeys);
            if (question is not null)
            {
                questions.Add(ParseQuestion(question, topic, diagnostics));
            }
        }

        return (topic, questions);
    }

    private static RawQuestion ParseQuestion(MappingReader q, RawScalar? topic, ContentDiagnostics diagnostics) => new()
    {
        At = q.At,
        Topic = topic,
        Id = q.Required("id"),
        Difficulty = q.Required("difficulty"),
        Kind = q.Required("kind"),
        Objective = q.Required("objective"),
        Answer = q.Optional("answer"),
        Grades = Grades(q.Mapping("grades", required: false, "a", "b", "c", "d")),
        GradesAt = q.MarkOf("grades"),
        References = q.Sequence("references", required: true)?
            .Select(r => Reference(r, q.Path, diagnostics)).OfType<RawReference>().ToList(),
        ReferencesAt = q.MarkOf("references"),
        Vi = Text(q.Mapping("vi", required: true, "stem", "options", "explanation"), diagnostics),
        En = Text(q.Mapping("en", required: true, "stem", "options", "explanation"), diagnostics),
    };

    private static List<RawGrade>? Grades(MappingReader? grades) =>
        grades is null
            ? null
            : [.. new[] { "a", "b", "c", "d" }
                .Where(grades.Has)
                .Select(id => new RawGrade(new RawScalar(id, grades.KeyMarkOf(id)), grades.Required(id)))];

    private static RawReference? Reference(YamlNode node, string path, ContentDiagnostics diagnostics)
    {
        var r = MappingReader.Open(node, path, diagnostics, "doc", "article", "clause", "point");
        return r is null ? null : new RawReference(r.At, r.Required("doc"), r.Optional("article"), r.Optional("clause"), r.Optional("point"));
    }

    private static RawQuestionText? Text(MappingReader? text, ContentDiagnostics diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        var options = text.Sequence("options", required: true)?
            .Select(o => MappingReader.Open(o, text.Path, diagnostics, "id", "text", "feedback"))
            .OfType<MappingReader>()
            .Select(o => new RawOption(o.At, o.Required("id"), o.Required("text"), o.Required("feedback")))
            .ToList();
        return new RawQuestionText(text.At, text.Required("stem"), options, text.MarkOf("options"), text.Required("explanation"));
    }
}

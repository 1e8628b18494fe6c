namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>The shape of a question: id, topic, difficulty, kind, and the answer key that matches its kind.</summary>
internal static class QuestionRules
{
    public const string Single = "single";
    public const string Dilemma = "dilemma";
    public static readonly string[] GradeNames = ["best", "acceptable", "wrong"];

    public static void Check(RawContent raw, HashSet<string>? topicIds, ContentDiagnostics diagnostics)
    {
        IdRules.CheckUnique(raw.Questions.Select(q => q.Id), "question", diagnostics);
        foreach (var topic in raw.QuestionFileTopics.Where(t => topicIds is not null && !topicIds.Contains(t.Value)))
        {
            diagnostics.Error(topic.At, $"topic '{topic.Value}' is not defined in topics.yaml");
        }

        foreach (var question in raw.Questions)
        {
            if (question.Difficulty is { } difficulty && difficulty.Value is not ("1" or "2" or "3"))
            {
                diagnostics.Error(difficulty.At, $"difficulty '{difficulty.Value}' must be 1, 2 or 3");
            }

            var optionIds = question.Vi?.Options?.Select(o => o.Id?.Value).OfType<string>().ToList() ?? [];
            switch (question.Kind?.Value)
            {
                case null:
                    break;
                case Single:
                    CheckSingle(question, optionIds, diagnostics);
                    break;
                case Dilemma:
                    CheckDilemma(question, optionIds, diagnostics);
                    break;
                default:
                    diagnostics.Error(question.Kind.At, $"kind '{question.Kind.Value}' must be {Single} or {Dilemma}");
                    break;
            }
        }
    }

    private static void CheckSingle(RawQuestion question, List<string> optionIds, ContentDiagnostics diagnostics)
    {
        if (question.Grades is not null)
        {
            diagnostics.Error(question.GradesAt, "a single question takes 'answer', not 'grades'");
        }

        if (question.Answer is null)
        {
            diagnostics.Error(question.At, "missing 'answer' (the id of the correct option)");
        }
        else if (!optionIds.Contains(question.Answer.Value))
        {
            diagnostics.Error(question.Answer.At, $"answer '{question.Answer.Value}' is not one of the options ({string.Join(", ", optionIds)})");
        }
    }

    private static void CheckDilemma(RawQuestion question, List<string> optionIds, ContentDiagnostics diagnostics)
    {
        if (question.Answer is not null)
        {
            diagnostics.Error(question.Answer.At, "a dilemma takes 'grades', not 'answer'");
        }

        if (question.Grades is null)
        {
            diagnostics.Error(question.At, "missing 'grades' (best, acceptable or wrong for every option)");
            return;
        }

        foreach (var grade in question.Grades)
        {
            if (!optionIds.Contains(grade.OptionId.Value))
            {
                diagnostics.Error(grade.OptionId.At, $"grade for option '{grade.OptionId.Value}', which the question does not have");
            }

            if (grade.Grade is { } value && !GradeNames.Contains(value.Value))
            {
                diagnostics.Error(value.At, $"grade '{value.Value}' must be best, acceptable or wrong");
            }
        }

        foreach (var missing in optionIds.Where(id => question.Grades.All(g => g.OptionId.Value != id)))
        {
            diagnostics.Error(question.GradesAt, $"option '{missing}' has no grade");
        }

        var best = question.Grades.Count(g => g.Grade?.Value == "best");
        if (best != 1)
        {
            diagnostics.Error(question.GradesAt, $"exactly one option must be 'best' (found {best})");
        }
    }
}

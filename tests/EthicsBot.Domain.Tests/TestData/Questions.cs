namespace EthicsBot.Domain.Tests.TestData;

using EthicsBot.Domain.Content;

internal static class Questions
{
    public static Question Make(string id, string topicId = "social-media", int difficulty = 1)
    {
        QuestionOption[] options =
        [
            new() { Id = "a", Text = "A", Feedback = "-" },
            new() { Id = "b", Text = "B", Feedback = "-" },
        ];
        var text = new QuestionText { Stem = id, Options = options, Explanation = "-" };
        return new Question
        {
            Id = id,
            TopicId = topicId,
            Objective = id,
            Difficulty = difficulty,
            Kind = QuestionKind.Single,
            Grades = new Dictionary<string, OptionGrade> { ["a"] = OptionGrade.Best, ["b"] = OptionGrade.Wrong },
            Vi = text,
            En = text,
            References = [new LegalReference { DocumentId = "law" }],
        };
    }
}

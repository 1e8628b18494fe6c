namespace EthicsBot.Content.Tests.Validation;

public sealed class TopicRulesTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_DuplicateTopicId_PointsAtSecondAndNamesFirst()
    {
        content.Replace("topics.yaml", "  - id: integrity", "  - id: social-media");

        Assert.Contains("topics.yaml:6:9: duplicate topic id 'social-media' (first defined at topics.yaml:2:9)", content.Errors());
    }

    [Fact]
    public void Check_TopicIdWithCapitals_IsAnError()
    {
        content.Replace("topics.yaml", "  - id: integrity", "  - id: Integrity");

        Assert.Contains("topics.yaml:6:9: topic id 'Integrity' must be lower case letters, digits and single dashes", content.Errors());
    }

    [Fact]
    public void Check_QuestionFileTopicNotDefined_IsAnErrorAtTheTopicLine()
    {
        content.Replace("questions/q.yaml", "topic: social-media", "topic: social-networks");

        Assert.Equal(["questions/q.yaml:1:8: topic 'social-networks' is not defined in topics.yaml"], content.Errors());
    }

    [Fact]
    public void Check_AliasNamingAnotherTopic_IsAnError()
    {
        content.Replace("topics.yaml", "    aliases: [mxh, social]", "    aliases: [mxh, Integrity]");

        Assert.Equal(["topics.yaml:5:20: alias 'Integrity' already names topic 'integrity'"], content.Errors());
    }

    [Fact]
    public void Check_MissingEnglishName_IsAnError()
    {
        content.Replace("topics.yaml", "    name: { vi: Liêm chính, en: Integrity }", "    name: { vi: Liêm chính }");

        Assert.Equal(["topics.yaml:7:11: missing 'en'"], content.Errors());
    }

    [Fact]
    public void Check_TopicsFileUnreadable_DoesNotBlameEveryQuestionFile()
    {
        content.Write("topics.yaml", "topic:\n  - id: x");

        Assert.Equal(
            ["topics.yaml:1:1: unknown key 'topic' (allowed: topics)", "topics.yaml:1:1: missing 'topics'"],
            content.Errors());
    }
}

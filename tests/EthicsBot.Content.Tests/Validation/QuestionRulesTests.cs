namespace EthicsBot.Content.Tests.Validation;

public sealed class QuestionRulesTests : IDisposable
{
    private const string Q = "questions/q.yaml";
    private const string D = "questions/dilemmas/d.yaml";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_SameIdInTwoFiles_IsAnErrorNamingBothPlaces()
    {
        content.Replace(D, "  - id: in-001", "  - id: sm-001");

        Assert.Equal(["questions/q.yaml:3:9: duplicate question id 'sm-001' (first defined at questions/dilemmas/d.yaml:3:9)"], content.Errors());
    }

    [Fact]
    public void Check_QuestionIdWithSpaces_IsAnError()
    {
        content.Replace(Q, "  - id: sm-001", "  - id: sm 001");

        Assert.Equal(["questions/q.yaml:3:9: question id 'sm 001' must be lower case letters, digits and single dashes"], content.Errors());
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("easy")]
    public void Check_DifficultyOutsideOneToThree_IsAnError(string difficulty)
    {
        content.Replace(Q, "    difficulty: 1", $"    difficulty: {difficulty}");

        Assert.Equal([$"questions/q.yaml:4:17: difficulty '{difficulty}' must be 1, 2 or 3"], content.Errors());
    }

    [Fact]
    public void Check_UnknownKind_IsAnError()
    {
        content.Replace(Q, "    kind: single", "    kind: multiple-choice");

        Assert.Equal(["questions/q.yaml:5:11: kind 'multiple-choice' must be single or dilemma"], content.Errors());
    }

    [Fact]
    public void Check_SingleWithGrades_IsAnError()
    {
        content.Replace(Q, "    answer: b", "    answer: b\n    grades: { a: wrong, b: best, c: wrong }");

        Assert.Equal(["questions/q.yaml:7:13: a single question takes 'answer', not 'grades'"], content.Errors());
    }

    [Fact]
    public void Check_SingleWithoutAnswer_IsAnError()
    {
        content.Replace(Q, "    answer: b\n", string.Empty);

        Assert.Equal(["questions/q.yaml:3:5: missing 'answer' (the id of the correct option)"], content.Errors());
    }

    [Fact]
    public void Check_AnswerNotAnOption_IsAnError()
    {
        content.Replace(Q, "    answer: b", "    answer: d");

        Assert.Equal(["questions/q.yaml:6:13: answer 'd' is not one of the options (a, b, c)"], content.Errors());
    }

    [Fact]
    public void Check_DilemmaWithAnswer_IsAnError()
    {
        content.Replace(D, "    kind: dilemma", "    kind: dilemma\n    answer: a");

        Assert.Equal(["questions/dilemmas/d.yaml:6:13: a dilemma takes 'grades', not 'answer'"], content.Errors());
    }

    [Fact]
    public void Check_DilemmaWithoutGrades_IsAnError()
    {
        content.Replace(D, "    grades: { a: best, b: acceptable, c: wrong, d: wrong }\n", string.Empty);

        Assert.Equal(["questions/dilemmas/d.yaml:3:5: missing 'grades' (best, acceptable or wrong for every option)"], content.Errors());
    }

    [Fact]
    public void Check_DilemmaWithTwoBest_IsAnError()
    {
        content.Replace(D, "b: acceptable", "b: best");

        Assert.Equal(["questions/dilemmas/d.yaml:6:13: exactly one option must be 'best' (found 2)"], content.Errors());
    }

    [Fact]
    public void Check_DilemmaWithoutBest_IsAnError()
    {
        content.Replace(D, "a: best", "a: acceptable");

        Assert.Equal(["questions/dilemmas/d.yaml:6:13: exactly one option must be 'best' (found 0)"], content.Errors());
    }

    [Fact]
    public void Check_OptionWithoutGrade_IsAnError()
    {
        content.Replace(D, ", d: wrong }", " }");

        Assert.Equal(["questions/dilemmas/d.yaml:6:13: option 'd' has no grade"], content.Errors());
    }

    [Fact]
    public void Check_UnknownGradeName_IsAnErrorAtTheValue()
    {
        content.Replace(D, "c: wrong", "c: bad");

        Assert.Equal(["questions/dilemmas/d.yaml:6:42: grade 'bad' must be best, acceptable or wrong"], content.Errors());
    }

    [Fact]
    public void Check_GradeForMissingOption_IsAnErrorAtTheKey()
    {
        content.Replace(D, "        - { id: d, text: Chia cho đồng nghiệp, feedback: Sai vì vẫn là nhận quà. }\n", string.Empty)
            .Replace(D, "        - { id: d, text: Share it with colleagues, feedback: Wrong as it is still accepting a gift. }\n", string.Empty);

        Assert.Equal(["questions/dilemmas/d.yaml:6:49: grade for option 'd', which the question does not have"], content.Errors());
    }

    [Fact]
    public void Check_GradeForOptionE_IsAnUnknownKey()
    {
        content.Replace(D, "d: wrong }", "d: wrong, e: wrong }");

        Assert.Equal(["questions/dilemmas/d.yaml:6:59: unknown key 'e' (allowed: a, b, c, d)"], content.Errors());
    }
}

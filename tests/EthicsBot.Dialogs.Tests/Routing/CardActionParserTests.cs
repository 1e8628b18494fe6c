namespace EthicsBot.Dialogs.Tests.Routing;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain;
using Newtonsoft.Json.Linq;

public sealed class CardActionParserTests
{
    [Fact]
    public void Parse_AnswerButton_CarriesSessionQuestionAndOption()
    {
        var data = new ButtonData { Verb = CardVerbs.Answer, SessionId = "s1", QuestionId = "q1", OptionId = "c" }.ToData();

        var command = CardActionParser.Parse(ButtonData.FromData(data));

        Assert.Equal(new AnswerCommand("c", "s1", "q1"), command);
    }

    [Fact]
    public void Parse_AnswerButtonWithoutSession_NeverFallsBackToTheCurrentQuestion()
    {
        var command = CardActionParser.Parse(ButtonData.FromData(new JObject { ["verb"] = "answer", ["optionId"] = "a" }));

        Assert.Equal(new AnswerCommand("a", string.Empty, string.Empty), command);
    }

    [Fact]
    public void FromData_ExecuteVerbWinsOverDataVerb()
    {
        var action = ButtonData.FromData(new JObject { ["verb"] = "answer" }, "next");

        Assert.Equal("next", action!.Verb);
    }

    [Fact]
    public void FromData_NonStringFields_AreIgnored()
    {
        var action = ButtonData.FromData(JObject.Parse("""{"verb":"answer","sessionId":{"a":1},"optionId":7}"""));

        Assert.Null(action!.SessionId);
        Assert.Null(action.OptionId);
    }

    [Fact]
    public void FromData_NoVerb_IsNotAButton() =>
        Assert.Null(ButtonData.FromData(new JObject { ["optionId"] = "a" }));

    [Theory]
    [InlineData("vi", Locale.Vi)]
    [InlineData("en", Locale.En)]
    [InlineData("fr", null)]
    public void Parse_LanguageButton_MapsTheLocale(string tag, Locale? locale) =>
        Assert.Equal(new LanguageCommand(locale), CardActionParser.Parse(new ButtonData { Verb = CardVerbs.Language, Locale = tag }));

    [Theory]
    [InlineData(CardVerbs.Help, typeof(HelpCommand))]
    [InlineData(CardVerbs.Progress, typeof(ProgressCommand))]
    [InlineData(CardVerbs.Quiz, typeof(StartQuizCommand))]
    [InlineData(CardVerbs.Next, typeof(NextCommand))]
    [InlineData(CardVerbs.DeleteData, typeof(DeleteDataCommand))]
    [InlineData(CardVerbs.ConfirmDelete, typeof(ConfirmDeleteCommand))]
    [InlineData(CardVerbs.CancelDelete, typeof(CancelDeleteCommand))]
    [InlineData("something-else", typeof(UnknownCommand))]
    public void Parse_Verbs_MapToTheirCommand(string verb, Type expected) =>
        Assert.IsType(expected, CardActionParser.Parse(new ButtonData { Verb = verb }));
}

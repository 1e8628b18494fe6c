namespace EthicsBot.Dialogs.Tests.Hostile;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;

/// <summary>Every command parser takes any text without throwing; digits of any script read as digits.</summary>
public sealed class ParserCorpusTests
{
    public static TheoryData<string> Inputs => new(OddInput.Corpus());

    [Theory]
    [MemberData(nameof(Inputs))]
    public void CommandParser_OddInput_ReturnsACommandWithoutThrowing(string text)
    {
        var command = CommandParser.Parse(text);

        Assert.NotNull(command);
    }

    [Fact]
    public void CommandParser_DigitsOfOtherScripts_AnswerByOption()
    {
        Assert.Equal(CommandParser.Parse("2"), CommandParser.Parse("\u0662"));
        Assert.Equal(CommandParser.Parse("4"), CommandParser.Parse("\uff14"));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void CardActionParser_OddVerbsAndValues_ReturnACommandWithoutThrowing(string text)
    {
        var command = CardActionParser.Parse(new ButtonData { Verb = text, SessionId = text, QuestionId = text, OptionId = text });

        Assert.NotNull(command);
    }
}

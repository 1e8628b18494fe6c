namespace EthicsBot.Dialogs.Tests.Routing;

using System.Reflection;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Text;

/// <summary>The checks that make a half-added command fail: no route, a verb nobody parses, a phrase that lands elsewhere.</summary>
public sealed class RouteTableTests
{
    public static TheoryData<Type> CommandTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Command).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract))
        {
            data.Add(type);
        }

        return data;
    }

    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    public static TheoryData<string, Type> Phrases()
    {
        var data = new TheoryData<string, Type>();
        foreach (var route in CommandTable.Routes)
        {
            foreach (var phrase in route.Vi.Concat(route.En))
            {
                data.Add(phrase, route.CommandType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandTypes))]
    public void Routes_EveryCommandType_HasExactlyOneRoute(Type commandType) =>
        Assert.Single(CommandTable.Routes, r => r.CommandType == commandType);

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Routes_EveryCardVerb_IsParsedByTheRouteThatClaimsIt(string verb)
    {
        var route = Assert.Single(CommandTable.Routes, r => r.Verb == verb);

        var command = CardActionParser.Parse(new ButtonData { Verb = verb });

        Assert.Equal(route.CommandType, command.GetType());
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parse_EveryTablePhrase_GivesItsRoutesCommand(string phrase, Type commandType)
    {
        Assert.Equal(TextNormalizer.Normalize(phrase), phrase);
        Assert.Equal(commandType, CommandParser.Parse(phrase).GetType());
    }

    [Fact]
    public void Routes_EveryRouteButUnknown_CanBeReachedByTextOrButton()
    {
        var unreachable = CommandTable.Routes
            .Where(r => r.CommandType != typeof(UnknownCommand))
            .Where(r => r.Vi.Count + r.En.Count == 0 && r.Verb is null && !HasPattern(r))
            .Select(r => r.CommandType.Name);

        Assert.Empty(unreachable);
    }

    [Fact]
    public void Routes_EveryTypedCommand_IsOnTheHelpCardOrSaysWhyNot()
    {
        var typed = CommandTable.Routes.Where(r => !r.FreeText && (r.Vi.Count + r.En.Count > 0 || HasPattern(r)));

        Assert.All(typed, r => Assert.True(r.Help.Count > 0 ^ r.NotInHelp is not null, r.CommandType.Name));
    }

    [Fact]
    public void Routes_PhrasesWithHandlers_AreExact()
    {
        Assert.All(CommandTable.Routes.Where(r => r.Vi.Count + r.En.Count > 0), r => Assert.NotNull(r.FromPhrase()));
    }

    [Fact]
    public void IsVietnamese_EveryVietnamesePhraseOfTheTable_True()
    {
        Assert.All(CommandTable.Routes.SelectMany(r => r.Vi), p => Assert.True(LanguageHint.IsVietnamese(p), p));
        Assert.All(CommandTable.Routes.SelectMany(r => r.En), p => Assert.False(LanguageHint.IsVietnamese(p), p));
    }

    private static bool HasPattern(CommandRoute route) =>
        route.GetType().GetProperty("Pattern")?.GetValue(route) is not null;
}

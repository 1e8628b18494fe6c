namespace EthicsBot.Dialogs.Strings;

public sealed partial class EnStrings
{
    public override string HelpAsk => "Ask anything about conduct; the bot answers from its scenario bank and the law in force";
    public override string AskTitle => "What the EthicsBot scenario bank says";
    public override string AskScenariosLabel => "Related scenarios";
    public override string AskScenarioButton(int number) => $"Try scenario {number}";
    public override string AskSourceNote => "Taken from the explanations in the scenario bank; the legal basis is the law in force today.";
    public override string AskNotFound =>
        "The scenario bank has no rule close enough to this question, so I will not guess. Try asking more specifically, or pick a topic below.";
    public override string AskUnknownDocument(string named) =>
        $"\"{named}\" is not in EthicsBot's register of legal documents, so I will not answer on its basis. Check the number, or pick a topic below.";
    public override string AskPremiseOutdated(string document, string status) =>
        $"Note: {document} is {status}. The answer below follows the law in force.";
    public override string ScenarioUnavailable => "This scenario is no longer in the bank (the law it rests on may have changed).";
    public override string ExplainerTitle => "More explanation";
    public override string ExplainerDailyLimit(int limit) =>
        $"You have used today's {limit} AI explanations. The answer above from the scenario bank still carries its legal basis; ask again tomorrow.";
    public override string ExplainerWhyTitle => "Why your choice was right or not";
}

namespace EthicsBot.Dialogs.Strings;

/// <summary>Free questions ("ask anything") and the optional model explainer.</summary>
public abstract partial class UiStrings
{
    public abstract string HelpAsk { get; }
    public abstract string AskTitle { get; }
    public abstract string AskScenariosLabel { get; }
    public abstract string AskScenarioButton(int number);
    public abstract string AskSourceNote { get; }
    public abstract string AskNotFound { get; }
    public abstract string AskUnknownDocument(string named);
    /// <summary>The question names a document that is not in force today; <paramref name="status"/> says since when and what replaced it.</summary>
    public abstract string AskPremiseOutdated(string document, string status);
    public abstract string ScenarioUnavailable { get; }
    public abstract string ExplainerTitle { get; }
    public abstract string ExplainerDailyLimit(int limit);
    public abstract string ExplainerWhyTitle { get; }
}

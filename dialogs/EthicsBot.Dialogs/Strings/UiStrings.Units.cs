namespace EthicsBot.Dialogs.Strings;

/// <summary>The user's unit: the card that shows it and the search that changes it.</summary>
public abstract partial class UiStrings
{
    public abstract string UnitTitle { get; }
    public abstract string UnitCurrentLabel { get; }
    public abstract string UnitNone { get; }
    public abstract string UnitSearchHint { get; }
    public abstract string UnitSearchPlaceholder { get; }
    public abstract string UnitSearchButton { get; }
    public abstract string UnitResults { get; }
    public abstract string UnitNoMatch(string query);
    public abstract string UnitChosen(string path);
    public abstract string UnitFromRoster(string path);
    public abstract string UnitUnknown { get; }
    public abstract string HelpUnit { get; }
}

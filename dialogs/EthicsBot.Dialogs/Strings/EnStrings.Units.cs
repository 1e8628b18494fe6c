namespace EthicsBot.Dialogs.Strings;

public sealed partial class EnStrings
{
    public override string UnitTitle => "Your unit";
    public override string UnitCurrentLabel => "Unit";
    public override string UnitNone => "Not chosen yet";
    public override string UnitSearchHint =>
        "Type the name of your commune, ward or office and press Search (with or without diacritics), or type \"unit <name>\". Reports only count whole units and never name anyone.";
    public override string UnitSearchPlaceholder => "For example: Tân Hòa";
    public override string UnitSearchButton => "Search";
    public override string UnitResults => "Pick your unit:";
    public override string UnitNoMatch(string query) => $"No unit matches \"{query}\". Try a shorter name.";
    public override string UnitChosen(string path) => $"Saved: {path}. From today your answers count for this unit.";
    public override string UnitFromRoster(string path) => $"According to the roster your admin imported, your unit is {path}.";
    public override string UnitUnknown => "That unit is no longer in the directory; search and pick again.";
    public override string HelpUnit => "See or change your unit (used in reports by unit)";
}

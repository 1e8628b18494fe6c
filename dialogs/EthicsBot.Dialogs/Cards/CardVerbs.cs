namespace EthicsBot.Dialogs.Cards;

/// <summary>Verbs of the buttons the bot puts on its cards.</summary>
public static class CardVerbs
{
    public const string Answer = "answer";
    public const string Next = "next";
    public const string Quiz = "quiz";
    public const string Help = "help";
    public const string Progress = "progress";
    public const string Language = "language";
    public const string Daily = "daily";
    public const string DeleteData = "deleteData";
    public const string ConfirmDelete = "confirmDelete";
    public const string CancelDelete = "cancelDelete";
    public const string Scenario = "scenario";
    public const string Report = "report";
    public const string Unit = "unit";
}

namespace EthicsBot.Dialogs.Daily;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// The conversation side of the daily quiz. It reads the host's "Daily" section, so one set of keys
/// configures both the delivery engine and what the bot shows and picks.
/// </summary>
public sealed class DailyQuizOptions
{
    public const string SectionName = "Daily";

    /// <summary>Questions on the daily card.</summary>
    /// <value>2</value>
    [Range(1, 10)]
    public int QuestionsPerDay { get; set; } = 2;

    /// <summary>Whether users who never changed their settings get the daily quiz (the engine applies the same key).</summary>
    /// <value>true</value>
    public bool EnrolOnInstall { get; set; } = true;

    /// <summary>Delivery time of users who never chose one.</summary>
    /// <value>08:00</value>
    public TimeOnly DefaultTime { get; set; } = new(8, 0);

    /// <summary>Nothing is sent at or after this local time, so a chosen time must be earlier.</summary>
    /// <value>17:00</value>
    public TimeOnly OfficeHoursEnd { get; set; } = new(17, 0);
}

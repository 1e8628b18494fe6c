namespace EthicsBot.Domain.Daily;

/// <summary>A user's daily-quiz preferences. Defaults: on, 08:00 in Asia/Ho_Chi_Minh.</summary>
public sealed record DailySettings
{
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    public bool Enabled { get; init; } = true;
    /// <summary>Local time of day the card is sent.</summary>
    public TimeOnly DeliverAt { get; init; } = new(8, 0);
    /// <summary>IANA time zone id.</summary>
    public string TimeZone { get; init; } = DefaultTimeZone;
    /// <summary>Vacation hold: no delivery on local dates up to and including this one.</summary>
    public DateOnly? PausedUntil { get; init; }
    /// <summary>Set when the bot paused the user after too many unanswered workdays; cleared on resume.</summary>
    public bool AutoPaused { get; init; }
}

namespace EthicsBot.Persistence.Daily;

using EthicsBot.Domain.Daily;

/// <summary>A user's daily-quiz settings plus whether Teams still lets the bot reach them.</summary>
public sealed record DailySubscription
{
    public required string UserId { get; init; }
    public required DailySettings Settings { get; init; }
    /// <summary>False when the user never saved settings, so <see cref="Settings"/> are the defaults; the host may apply its own.</summary>
    public bool SettingsSaved { get; init; }
    /// <summary>Set when a send failed for good (user blocked or removed the bot); no deliveries until cleared.</summary>
    public bool Unreachable { get; init; }
    /// <summary>A short error code such as "MessageWritesBlocked", never message text.</summary>
    public string? UnreachableReason { get; init; }
    public DateTimeOffset? UnreachableAt { get; init; }

    /// <summary>
    /// The settings that apply: the user's own once they saved any, otherwise the configured defaults. The one
    /// place this rule lives, so the delivery engine and what the bot shows the user never disagree.
    /// </summary>
    public static DailySettings Effective(DailySubscription? subscription, bool enrolOnInstall, TimeOnly defaultTime) =>
        subscription is { SettingsSaved: true }
            ? subscription.Settings
            : (subscription?.Settings ?? new DailySettings()) with { Enabled = enrolOnInstall, DeliverAt = defaultTime };
}

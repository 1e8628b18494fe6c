namespace EthicsBot.Host.Daily.Scheduling;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Daily;

internal static class EffectiveSettings
{
    /// <summary>
    /// The settings that apply to a subscriber: their own once they saved any, otherwise the configured defaults
    /// (enrolled or not, at <see cref="DailyQuizOptions.DefaultTime"/>).
    /// </summary>
    public static DailySettings Of(DailySubscription subscription, DailyQuizOptions options)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(options);
        return DailySubscription.Effective(subscription, options.EnrolOnInstall, options.DefaultTime);
    }
}

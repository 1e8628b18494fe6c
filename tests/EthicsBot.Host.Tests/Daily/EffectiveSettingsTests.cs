namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Domain.Daily;
using EthicsBot.Host.Daily;
using EthicsBot.Host.Daily.Scheduling;
using EthicsBot.Persistence.Daily;

public sealed class EffectiveSettingsTests
{
    private static readonly DailyQuizOptions Options = new() { DefaultTime = new TimeOnly(7, 15), EnrolOnInstall = false };

    [Fact]
    public void Of_NeverSavedSettings_AppliesConfiguredDefaults()
    {
        var settings = EffectiveSettings.Of(new DailySubscription { UserId = "u", Settings = new DailySettings() }, Options);

        Assert.Equal(new TimeOnly(7, 15), settings.DeliverAt);
        Assert.False(settings.Enabled);
    }

    [Fact]
    public void Of_SavedSettings_KeepsTheUsersChoice()
    {
        var own = new DailySettings { DeliverAt = new TimeOnly(9, 30) };

        var settings = EffectiveSettings.Of(new DailySubscription { UserId = "u", Settings = own, SettingsSaved = true }, Options);

        Assert.Same(own, settings);
    }
}

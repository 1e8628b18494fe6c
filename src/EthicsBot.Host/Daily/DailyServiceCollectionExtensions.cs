namespace EthicsBot.Host.Daily;

using EthicsBot.Host.Daily.Delivery;
using EthicsBot.Host.Daily.Election;
using EthicsBot.Host.Daily.Reminders;
using EthicsBot.Host.Daily.Scheduling;
using EthicsBot.Host.Daily.Sending;
using EthicsBot.Host.Daily.Throttling;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class DailyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the daily delivery engine and its background worker, with <see cref="DailyOptions"/> ("Daily")
    /// validated at start-up. Its admin endpoints live with the admin API (Admin/Daily). Needs AddContent, a store (AddStorage), AddBotHost (the
    /// CloudAdapter) and, to send anything, an IDailyQuizComposer from the dialogs layer.
    /// </summary>
    public static IServiceCollection AddDaily(this IServiceCollection services)
    {
        services.AddOptions<DailyOptions>()
            .BindConfiguration(DailyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);

        // The Bot Framework logs every proactive send at Information; a push to 20,000 users would bury the log.
        // A rule inserted first loses to any Logging:LogLevel entry for the same category, so operators can raise it.
        services.Configure<LoggerFilterOptions>(o => o.Rules.Insert(0,
            new LoggerFilterRule(null, typeof(ProactiveAdapter).FullName, LogLevel.Warning, null)));

        services.AddSingleton<InstanceId>();
        services.AddSingleton<SenderLease>();
        services.AddSingleton<DailyComposerSource>();
        services.AddSingleton<ProactiveAdapter>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<DeliveryThrottle>();
        services.AddSingleton<AutoPausePolicy>();
        services.AddSingleton<OutcomeWriter>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<RetrySchedule>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<DeliveryScheduler>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<DailyEngine>();
        services.AddSingleton<DeliverySignal>();
        services.AddHostedService<DailyWarmup>();
        services.AddHostedService<DailyWorker>();
        return services;
    }
}

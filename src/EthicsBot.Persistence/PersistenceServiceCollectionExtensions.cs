namespace EthicsBot.Persistence;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// What every store registers first: <see cref="PersistenceOptions"/> bound from "Persistence" and validated when
    /// the host starts, the clock, and the migration hosted service, which runs <see cref="IDatabaseMigrator"/> in
    /// IHostedLifecycleService.StartingAsync, i.e. before any hosted service starts and before the web server listens.
    /// </summary>
    public static IServiceCollection AddPersistenceCore(this IServiceCollection services)
    {
        services.AddOptions<PersistenceOptions>()
            .BindConfiguration(PersistenceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<MigrationHostedService>();
        return services;
    }
}

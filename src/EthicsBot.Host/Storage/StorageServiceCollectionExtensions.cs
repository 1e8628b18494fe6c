namespace EthicsBot.Host.Storage;

using EthicsBot.Persistence;
using EthicsBot.Persistence.Postgres;
using EthicsBot.Persistence.Sqlite;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store named by Persistence:Provider: SQLite (the default) or PostgreSQL. A value that is
    /// neither registers SQLite's services so the host can be built, and the options validation then stops
    /// start-up with a message that names the setting.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{PersistenceOptions.SectionName}:{nameof(PersistenceOptions.Provider)}"];
        var postgres = Enum.TryParse<PersistenceProvider>(configured, ignoreCase: true, out var provider)
            && provider == PersistenceProvider.Postgres;
        return postgres ? services.AddPostgresPersistence() : services.AddSqlitePersistence();
    }
}

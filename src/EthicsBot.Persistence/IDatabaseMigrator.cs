namespace EthicsBot.Persistence;

public interface IDatabaseMigrator
{
    /// <summary>
    /// Brings the schema up to date and returns how many scripts it applied (0 when current). Safe to run
    /// again and from several instances at once. The store's registration (see <see cref="PersistenceServiceCollectionExtensions.AddPersistenceCore"/>)
    /// already runs it when the host starts; call it directly only outside the host (a CLI verb, a test).
    /// </summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);
}

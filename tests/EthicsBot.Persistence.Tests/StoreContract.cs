namespace EthicsBot.Persistence.Tests;

/// <summary>
/// Base of the contract suites: every test asks for a fresh, migrated database of the store under test. Each suite
/// runs unchanged against SQLite and PostgreSQL (Stores.cs); PostgreSQL's runs are skipped, with the reason, when
/// ETHICSBOT_TEST_POSTGRES is not set.
/// </summary>
public abstract class StoreContract
{
    /// <summary>What the host passes by default (Daily:MaxAttempts).</summary>
    protected const int MaxAttempts = 11;

    protected abstract Task<StoreDatabase> CreateAsync();
}

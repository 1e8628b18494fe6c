namespace EthicsBot.Persistence.Postgres;

using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>Checks the PostgreSQL connection string at start-up: it parses and names a host and a database.</summary>
internal sealed class PostgresOptionsValidator : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != PersistenceProvider.Postgres || string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Skip; // PersistenceOptions itself reports a missing string.
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            var sqlite = options.ConnectionString.Contains("Data Source", StringComparison.OrdinalIgnoreCase)
                ? " It looks like a SQLite connection string; with Persistence:Provider=Postgres it must name a PostgreSQL server."
                : string.Empty;
            return ValidateOptionsResult.Fail($"Persistence:ConnectionString is not a valid PostgreSQL (Npgsql) connection string: {ex.Message}.{sqlite}");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            return ValidateOptionsResult.Fail("Persistence:ConnectionString needs a Host for PostgreSQL, e.g. 'Host=db;Database=ethicsbot;Username=ethicsbot;Password=…'.");
        }

        return string.IsNullOrWhiteSpace(builder.Database)
            ? ValidateOptionsResult.Fail("Persistence:ConnectionString needs a Database for PostgreSQL.")
            : ValidateOptionsResult.Success;
    }
}

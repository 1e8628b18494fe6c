namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

/// <summary>Checks a SQLite connection string at start-up, so a typo stops the host with a message instead of a first failed turn.</summary>
internal sealed class SqliteOptionsValidator : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != PersistenceProvider.Sqlite)
        {
            return ValidateOptionsResult.Skip;
        }

        var problem = FindProblem(options.EffectiveConnectionString);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail($"Persistence:ConnectionString {problem}");
    }

    private static string? FindProblem(string connectionString)
    {
        string dataSource;
        try
        {
            dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException ex)
        {
            return $"is not a valid SQLite connection string: {ex.Message}";
        }

        return dataSource switch
        {
            _ when string.IsNullOrWhiteSpace(dataSource) => "needs a Data Source.",
            // Each connection to ":memory:" is a separate, empty database, and the stores open one per call.
            ":memory:" => "':memory:' gives every connection its own empty database; use 'Data Source=<name>;Mode=Memory;Cache=Shared'.",
            _ => null,
        };
    }
}

namespace EthicsBot.Persistence;

using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

public sealed class PersistenceOptions : IValidatableObject
{
    public const string SectionName = "Persistence";

    /// <summary>
    /// A Microsoft.Data.Sqlite connection string. A relative file path resolves against the working directory;
    /// its folder is created when missing. For tests, an in-memory database needs a name and a shared cache
    /// ("Data Source=name;Mode=Memory;Cache=Shared") so every connection sees the same data.
    /// </summary>
    /// <value>"Data Source=data/ethicsbot.db"</value>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/ethicsbot.db";

    /// <summary>Send attempts (claims) per daily delivery before it is marked failed for good; the host's Daily:MaxAttempts.</summary>
    /// <value>11</value>
    [Range(1, 50)]
    public int MaxDeliveryAttempts { get; set; } = 11;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return []; // [Required] already reports it.
        }

        var problem = FindProblem(ConnectionString);
        return problem is null ? [] : [new ValidationResult($"Persistence:ConnectionString {problem}", [nameof(ConnectionString)])];
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

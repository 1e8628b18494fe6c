namespace EthicsBot.Persistence;

using System.ComponentModel.DataAnnotations;

/// <summary>Which store the bot keeps its data in; each store project checks the connection string it is given.</summary>
public sealed class PersistenceOptions : IValidatableObject
{
    public const string SectionName = "Persistence";

    /// <summary>What SQLite opens when no connection string is configured: a file beside the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/ethicsbot.db";

    /// <summary>Sqlite (the embedded default, one instance) or Postgres (what several instances share).</summary>
    /// <value>Sqlite</value>
    public PersistenceProvider Provider { get; set; } = PersistenceProvider.Sqlite;

    /// <summary>
    /// For Sqlite, a Microsoft.Data.Sqlite connection string (default "Data Source=data/ethicsbot.db"; a relative
    /// path resolves against the working directory, and its folder is created when missing). For Postgres, an Npgsql
    /// connection string ("Host=…;Database=…;Username=…;Password=…"), required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The connection string the chosen store opens: the configured one, or SQLite's default file.</summary>
    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && Provider == PersistenceProvider.Sqlite
            ? DefaultSqliteConnectionString
            : ConnectionString ?? string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult(
                $"Persistence:Provider must be {string.Join(" or ", Enum.GetNames<PersistenceProvider>())}.", [nameof(Provider)]);
        }
        else if (Provider == PersistenceProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Persistence:ConnectionString is required when Persistence:Provider is Postgres, e.g. 'Host=db;Database=ethicsbot;Username=ethicsbot;Password=…'.",
                [nameof(ConnectionString)]);
        }
    }
}

public enum PersistenceProvider
{
    Sqlite,
    Postgres,
}

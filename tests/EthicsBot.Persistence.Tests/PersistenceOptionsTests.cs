namespace EthicsBot.Persistence.Tests;

using System.ComponentModel.DataAnnotations;
using EthicsBot.Persistence.Postgres;
using EthicsBot.Persistence.Sqlite;

public sealed class PersistenceOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreSqliteWithTheDataFile()
    {
        var options = new PersistenceOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(PersistenceProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/ethicsbot.db", options.EffectiveConnectionString);
        Assert.True(new SqliteOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=x.db;Flavour=Vanilla")]
    [InlineData("Mode=ReadWriteCreate")]
    public void SqliteValidator_UnusableConnectionString_NamesTheSetting(string connectionString)
    {
        var result = new SqliteOptionsValidator().Validate(null, new PersistenceOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("Persistence:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_SaysItIsRequired()
    {
        var results = Validate(new PersistenceOptions { Provider = PersistenceProvider.Postgres });

        var result = Assert.Single(results);
        Assert.Contains("required when Persistence:Provider is Postgres", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownProviderNumber_NamesTheChoices()
    {
        var results = Validate(new PersistenceOptions { Provider = (PersistenceProvider)7 });

        Assert.Contains("Sqlite or Postgres", Assert.Single(results).ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=data/ethicsbot.db", "not a valid PostgreSQL")]
    [InlineData("Database=ethicsbot", "needs a Host")]
    [InlineData("Host=db", "needs a Database")]
    public void PostgresValidator_UnusableConnectionString_SaysWhat(string connectionString, string expected)
    {
        var options = new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = connectionString };

        var result = new PostgresOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresValidator_HostAndDatabase_Succeeds()
    {
        var options = new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = "Host=db;Database=ethicsbot;Username=bot" };

        Assert.True(new PostgresOptionsValidator().Validate(null, options).Succeeded);
    }

    private static List<ValidationResult> Validate(PersistenceOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}

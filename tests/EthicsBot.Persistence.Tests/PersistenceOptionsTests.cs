namespace EthicsBot.Persistence.Tests;

using System.ComponentModel.DataAnnotations;

public sealed class PersistenceOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        var options = new PersistenceOptions();

        Assert.Empty(Validate(options));
        Assert.Equal("Data Source=data/ethicsbot.db", options.ConnectionString);
        Assert.Equal(11, options.MaxDeliveryAttempts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=x.db;Flavour=Vanilla")]
    [InlineData("Mode=ReadWriteCreate")]
    public void Validate_UnusableConnectionString_ReportsConnectionString(string connectionString)
    {
        var results = Validate(new PersistenceOptions { ConnectionString = connectionString });

        var result = Assert.Single(results);
        Assert.Contains(nameof(PersistenceOptions.ConnectionString), result.MemberNames);
    }

    [Fact]
    public void Validate_NoAttemptsAllowed_ReportsMaxDeliveryAttempts()
    {
        var results = Validate(new PersistenceOptions { MaxDeliveryAttempts = 0 });

        Assert.Contains(nameof(PersistenceOptions.MaxDeliveryAttempts), Assert.Single(results).MemberNames);
    }

    private static List<ValidationResult> Validate(PersistenceOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}

namespace EthicsBot.Host.Tests.Admin;

using System.ComponentModel.DataAnnotations;
using EthicsBot.Host.Admin;

public sealed class AdminOptionsTests
{
    private static List<string> Problems(AdminOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void Validate_NoKeys_IsValidAndDisabled()
    {
        var options = new AdminOptions();

        Assert.Empty(Problems(options));
        Assert.False(options.Enabled);
    }

    [Fact]
    public void Validate_GoodNamedKeys_IsValidAndEnabled()
    {
        var options = new AdminOptions { ApiKey = "legacy-key-0123456789" };
        options.Keys["hue-youth"] = new AdminKeyOptions { Key = "hue-key-0123456789", Unit = "unit-hue" };

        Assert.Empty(Problems(options));
        Assert.True(options.Enabled);
    }

    [Fact]
    public void Validate_ShortDuplicateOrBadlyNamedKeys_NamesEachProblem()
    {
        var options = new AdminOptions { ApiKey = "same-key-0123456789" };
        options.Keys["short"] = new AdminKeyOptions { Key = "abc" };
        options.Keys["copy"] = new AdminKeyOptions { Key = "same-key-0123456789" };
        options.Keys["has space"] = new AdminKeyOptions { Key = "spaced-key-0123456789", Unit = " " };
        options.Keys["default"] = new AdminKeyOptions { Key = "default-key-0123456789" };

        var problems = Problems(options);

        Assert.Contains(problems, p => p.Contains("Admin:Keys:short:Key must be at least 12", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Admin:Keys:copy:Key is the same as another", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Admin:Keys:has space: a key name may hold", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Admin:Keys:has space:Unit is blank", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("do not also set Admin:Keys:default", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TinyBodyLimit_IsRefused() =>
        Assert.Contains(Problems(new AdminOptions { ApiKey = "legacy-key-0123456789", MaxBodyBytes = 10 }), p => p.Contains("MaxBodyBytes", StringComparison.Ordinal));
}

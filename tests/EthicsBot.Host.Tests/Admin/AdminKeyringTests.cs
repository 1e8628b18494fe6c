namespace EthicsBot.Host.Tests.Admin;

using EthicsBot.Host.Admin;
using Microsoft.Extensions.Options;

public sealed class AdminKeyringTests
{
    private static AdminKeyring Keyring(string? legacy, params (string Name, string Key, string? Unit)[] named)
    {
        var options = new AdminOptions { ApiKey = legacy };
        foreach (var (name, key, unit) in named)
        {
            options.Keys[name] = new AdminKeyOptions { Key = key, Unit = unit };
        }

        return new AdminKeyring(Options.Create(options));
    }

    [Theory]
    [InlineData("correct-horse-battery", true)]
    [InlineData("correct-horse-batter", false)]
    [InlineData("correct-horse-battery!", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Identify_LegacyKey_MatchesOnlyTheExactKeyAsDefault(string? presented, bool matches)
    {
        var caller = Keyring("correct-horse-battery").Identify(presented);

        Assert.Equal(matches ? new AdminCaller("default", null) : null, caller);
    }

    [Fact]
    public void Identify_NamedKeys_ReturnsTheirNameAndUnit()
    {
        var keyring = Keyring("legacy-key-0123456789", ("province", "province-key-0123456789", null), ("hue-youth", "hue-key-0123456789", " unit-hue "));

        Assert.Equal(new AdminCaller("province", null), keyring.Identify("province-key-0123456789"));
        Assert.Equal(new AdminCaller("hue-youth", "unit-hue"), keyring.Identify("hue-key-0123456789"));
        Assert.Equal(new AdminCaller("default", null), keyring.Identify("legacy-key-0123456789"));
        Assert.Null(keyring.Identify("someone-else-0123456789"));
    }

    [Fact]
    public void Enabled_NoKeys_IsFalseAndNothingMatches()
    {
        var keyring = Keyring(null);

        Assert.False(keyring.Enabled);
        Assert.Null(keyring.Identify(string.Empty));
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("abc", null)]
    [InlineData(null, null)]
    public void FromAuthorizationHeader_Header_ReturnsBearerToken(string? header, string? token) =>
        Assert.Equal(token, AdminKey.FromAuthorizationHeader(header));
}

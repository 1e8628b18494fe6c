namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Daily.Admin;

public sealed class AdminKeyTests
{
    [Theory]
    [InlineData("correct-horse-battery", "correct-horse-battery", true)]
    [InlineData("correct-horse-batter", "correct-horse-battery", false)]
    [InlineData("correct-horse-battery!", "correct-horse-battery", false)]
    [InlineData("", "correct-horse-battery", false)]
    [InlineData(null, "correct-horse-battery", false)]
    [InlineData("", "", false)]
    [InlineData(null, null, false)]
    public void Matches_PresentedAndExpected_TrueOnlyForTheExactConfiguredKey(string? presented, string? expected, bool matches) =>
        Assert.Equal(matches, AdminKey.Matches(presented, expected));

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("abc", null)]
    [InlineData(null, null)]
    public void FromAuthorizationHeader_Header_ReturnsBearerToken(string? header, string? token) =>
        Assert.Equal(token, AdminKey.FromAuthorizationHeader(header));
}

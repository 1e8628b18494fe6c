namespace EthicsBot.Domain.Tests;

public sealed class LocaleTests
{
    [Theory]
    [InlineData("vi-VN", Locale.Vi)]
    [InlineData("vi", Locale.Vi)]
    [InlineData("en-US", Locale.En)]
    [InlineData("fr-FR", Locale.En)]
    [InlineData(null, Locale.En)]
    public void FromTag_TeamsLocale_MapsViToVietnameseElseEnglish(string? tag, Locale expected) =>
        Assert.Equal(expected, LocaleExtensions.FromTag(tag));
}

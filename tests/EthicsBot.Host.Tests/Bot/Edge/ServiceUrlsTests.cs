namespace EthicsBot.Host.Tests.Bot.Edge;

using EthicsBot.Host.Bot.Edge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

public sealed class ServiceUrlsTests
{
    [Theory]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("http://169.254.169.254/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    public void IsTrusted_AnonymousModeWithoutList_LoopbackOnly(string url, bool expected)
    {
        Assert.Equal(expected, Urls(appId: null).IsTrusted(url));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://localhost:3978/", false)]
    public void IsTrusted_WithAppIdAndDefaults_BotConnectorHostsOverHttpsOnly(string url, bool expected)
    {
        Assert.Equal(expected, Urls(appId: "00000000-0000-0000-0000-000000000001").IsTrusted(url));
    }

    [Fact]
    public void IsTrusted_ConfiguredList_ReplacesTheDefaults()
    {
        var urls = Urls(appId: null, "https://*.connector.example.vn/");

        Assert.True(urls.IsTrusted("https://a.connector.example.vn/x"));
        Assert.False(urls.IsTrusted("http://localhost:3978/"));
    }

    [Theory]
    [InlineData("https://user:pass@localhost/")]
    [InlineData("http://")]
    [InlineData("javascript:alert(1)")]
    public void TryParse_OddUrls_AreRejected(string url)
    {
        Assert.False(ServiceUrls.TryParseUrl(url, out _));
    }

    [Fact]
    public void Validate_BadListEntry_NamesIt()
    {
        var options = new ServiceUrlOptions();
        options.AllowedServiceUrls.Add("smba.trafficmanager.net");

        var result = Assert.Single(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));

        Assert.Contains("'smba.trafficmanager.net'", result.ErrorMessage, StringComparison.Ordinal);
    }

    private static ServiceUrls Urls(string? appId, params string[] allowed)
    {
        var options = new ServiceUrlOptions();
        foreach (var entry in allowed)
        {
            options.AllowedServiceUrls.Add(entry);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId }).Build();
        return new ServiceUrls(Options.Create(options), configuration);
    }
}

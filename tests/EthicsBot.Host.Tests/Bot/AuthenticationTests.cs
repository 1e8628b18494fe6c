namespace EthicsBot.Host.Tests.Bot;

using System.Net;
using EthicsBot.Host.Tests.Fakes;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task PostMessage_AppIdConfiguredAndNoToken_Returns401()
    {
        await using var factory = new BotHostFactory();
        factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        factory.Settings["MicrosoftAppType"] = "MultiTenant";
        var client = factory.CreateClient();

        var response = await client.PostAsync(Activities.Message(new Uri("http://127.0.0.1:9/"), "quiz"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_AppIdConfiguredAndForgedToken_Returns401()
    {
        await using var factory = new BotHostFactory();
        factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        var response = await client.PostAsync(Activities.Message(new Uri("http://127.0.0.1:9/"), "quiz"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

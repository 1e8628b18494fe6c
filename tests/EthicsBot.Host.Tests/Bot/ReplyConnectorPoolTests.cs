namespace EthicsBot.Host.Tests.Bot;

using System.Security.Claims;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Replies go through pooled connector clients: many turns, one client per service URL.</summary>
public sealed class ReplyConnectorPoolTests : ConnectedHostTest
{
    [Fact]
    public async Task PostMessages_ManyTurnsFromTwoUsers_BuildOneConnectorClient()
    {
        var counting = new CountingAuthentication();
        var client = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<BotFrameworkAuthentication>(sp => counting.Wrap(ActivatorUtilities.CreateInstance<ConfigurationBotFrameworkAuthentication>(sp)))))
            .CreateClient();

        for (var i = 0; i < 4; i++)
        {
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", userId: "user-1"));
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", userId: "user-2"));
        }

        var sent = await Connector.WaitForAsync(8);
        Assert.True(sent.Count >= 8);
        // The real authentication builds a connector factory with every authenticated request; the pool asks the
        // first one it keeps for one client, and every later reply reuses that client.
        Assert.Equal(1, counting.Clients);
    }
}

namespace EthicsBot.Host.Tests.Bot;

using EthicsBot.Host.Bot.Connector;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Rest.Serialization;
using Moq;

public sealed class PooledConnectorFactoryTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero));
    private readonly Mock<ConnectorFactory> inner = new();

    public PooledConnectorFactoryTests() =>
        inner.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new ConnectorClient(new Uri("http://localhost:3978/"), MicrosoftAppCredentials.Empty));

    [Fact]
    public async Task CreateAsync_RepeatedSends_OneClientWritingCompactBodies()
    {
        var pool = new PooledConnectorFactory(inner.Object, time);

        var first = await pool.CreateAsync("http://localhost:3978/", "audience", CancellationToken.None);
        var second = await pool.CreateAsync("http://localhost:3978/", "audience", CancellationToken.None);
        var body = SafeJsonConvert.SerializeObject(new Activity { Type = ActivityTypes.Message, Text = "xin chào" }, second.SerializationSettings);

        inner.Verify(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once());
        Assert.Same(first.Conversations, second.Conversations);
        Assert.DoesNotContain('\n', body);
        Assert.Contains("\"text\":\"xin chào\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_AfterTheLifetime_BuildsANewClient()
    {
        var pool = new PooledConnectorFactory(inner.Object, time);

        await pool.CreateAsync("http://localhost:3978/", "audience", CancellationToken.None);
        time.Advance(PooledConnectorFactory.Lifetime + TimeSpan.FromSeconds(1));
        await pool.CreateAsync("http://localhost:3978/", "audience", CancellationToken.None);
        await pool.CreateAsync("http://localhost:3978/", "other-audience", CancellationToken.None);

        inner.Verify(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }
}

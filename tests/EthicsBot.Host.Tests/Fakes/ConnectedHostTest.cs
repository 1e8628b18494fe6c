namespace EthicsBot.Host.Tests.Fakes;

/// <summary>The real host and a fake Bot Connector on loopback, started and stopped around each test.</summary>
public abstract class ConnectedHostTest : IAsyncLifetime
{
    protected BotHostFactory Factory { get; } = new();

    protected FakeConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync() => Connector = await FakeConnector.StartAsync();

    public virtual async Task DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

namespace EthicsBot.Host.Bot.Edge;

/// <summary>Starts the first fetch of the signing keys while the host starts, without holding the start up.</summary>
internal sealed class SigningKeysWarmup(ChannelTokenGate gate, ChannelSigningKeys keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (gate.Enabled)
        {
            _ = keys.Refresh(force: true);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

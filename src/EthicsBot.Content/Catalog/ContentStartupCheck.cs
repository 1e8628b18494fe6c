namespace EthicsBot.Content.Catalog;

using Microsoft.Extensions.Hosting;

/// <summary>
/// Resolving the provider loads the content, so taking it here makes the host load content while it starts
/// and fail to start on errors, instead of failing on the first message.
/// </summary>
internal sealed class ContentStartupCheck(IContentCatalogProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = provider.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

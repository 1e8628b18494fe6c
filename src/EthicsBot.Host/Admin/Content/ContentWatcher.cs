namespace EthicsBot.Host.Admin.Content;

using System.Threading.Channels;
using EthicsBot.Content;
using EthicsBot.Content.Catalog;
using EthicsBot.Host.Admin.Audit;
using EthicsBot.Persistence.Admin;
using Microsoft.Extensions.Options;

/// <summary>
/// With Content:WatchForChanges, reloads the catalog once the content folder has been quiet for Content:WatchDebounce
/// after a change, exactly as POST /api/admin/content/reload does (validate, then swap; bad content leaves the running
/// bank alone). Recorded in the audit trail under the key name "file-watcher". A change that leaves the folder's
/// version as it is live (an import that reloaded already) does nothing.
/// </summary>
internal sealed class ContentWatcher(
    IOptions<ContentOptions> options, ContentCatalogProvider provider, ContentReloads reloads, AdminAudit audit, TimeProvider time,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    public static readonly AdminCaller Caller = AdminCaller.System("file-watcher");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges)
        {
            return;
        }

        var changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
        using var watcher = new FileSystemWatcher(provider.Directory) { IncludeSubdirectories = true };
        FileSystemEventHandler changed = (_, e) =>
        {
            // Our own atomic writes go through hidden ".name.writing" files; their final move is seen as a change.
            if (!Path.GetFileName(e.FullPath).StartsWith('.'))
            {
                changes.Writer.TryWrite(true);
            }
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (s, e) => changed(s, e);
        watcher.EnableRaisingEvents = true;
        AdminLog.WatchingContent(logger, provider.Directory);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            await SettleAsync(changes.Reader, stoppingToken);
            if (ContentVersion.Compute(provider.Directory) == provider.Current.Version)
            {
                continue;
            }

            var outcome = reloads.Reload(Caller);
            await audit.RecordAsync(Caller, "content.reload", outcome.Applied ? AdminOutcome.Ok : AdminOutcome.Refused,
                outcome.Applied ? $"version {outcome.Version}" : $"rejected: {outcome.Errors.Count} errors; live version {outcome.Version}",
                cancellationToken: CancellationToken.None);
        }
    }

    // Waits until no change has arrived for the debounce period, so saving several files is one reload.
    private async Task SettleAsync(ChannelReader<bool> reader, CancellationToken stoppingToken)
    {
        do
        {
            while (reader.TryRead(out _))
            {
            }

            await Task.Delay(options.Value.WatchDebounce, time, stoppingToken);
        }
        while (reader.TryPeek(out _));
    }
}

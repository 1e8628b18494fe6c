namespace EthicsBot.Content.Catalog;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using Microsoft.Extensions.Logging;

/// <summary>
/// Holds the live catalog. The constructor loads the folder and throws <see cref="ContentLoadException"/>
/// on any error, so the host refuses to start on bad content. <see cref="Reload"/> swaps in a new catalog
/// only when the folder is valid; otherwise the old catalog stays live and the errors are returned.
/// The live catalog is the bank as of today in Vietnam: questions resting on law not in force are withdrawn at
/// load, at reload and on the first read after each midnight, so a law that changes overnight is not taught in
/// the morning. A withdrawal is logged, never a reason to refuse to start or to reload.
/// </summary>
public sealed class ContentCatalogProvider : IContentCatalogProvider
{
    private readonly Lock reloadLock = new();
    private readonly ILogger<ContentCatalogProvider> logger;
    private readonly TimeProvider time;
    private readonly TimeZoneInfo zone = TimeZones.Resolve(TimeZones.VietnamId);

    private HashSet<string> quarantine = new(StringComparer.Ordinal);

    // Readers take one reference per turn; a reload or the midnight check replaces the whole snapshot in one write.
    private volatile Snapshot snapshot;

    public ContentCatalogProvider(string directory, ILogger<ContentCatalogProvider> logger, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(logger);
        Directory = directory;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        var result = ContentLoader.Load(directory, advice: false);
        if (result.Catalog is null)
        {
            throw new ContentLoadException(directory, result.Errors);
        }

        snapshot = Apply(result.Catalog);
        Log.ContentLoaded(logger, snapshot.Live.Version, snapshot.Live.Questions.Count, result.Warnings.Count);
    }

    /// <summary>The full path of the content folder.</summary>
    public string Directory { get; }

    public ContentCatalog Current
    {
        get
        {
            var current = snapshot;
            return time.GetUtcNow() < current.NextCheck ? current.Live : Recheck(current);
        }
    }

    /// <summary>Loads the folder again; swaps the catalog in only when it has no errors.</summary>
    public ContentLoadResult Reload()
    {
        lock (reloadLock)
        {
            var result = ContentLoader.Load(Directory);
            if (result.Catalog is null)
            {
                Log.ReloadRejected(logger, result.Errors.Count, snapshot.Live.Version);
                return result;
            }

            var previous = snapshot.Live.Version;
            snapshot = Apply(result.Catalog);
            Log.ContentReloaded(logger, previous, snapshot.Live.Version, snapshot.Live.Questions.Count);
            return result with { Catalog = snapshot.Live };
        }
    }

    /// <summary>
    /// Holds the given questions back from new sessions (learners' reports), on top of what the law withdraws. The
    /// set replaces the previous one; the content version does not change, since the files did not.
    /// </summary>
    public void SetQuarantine(IReadOnlyCollection<string> questionIds)
    {
        ArgumentNullException.ThrowIfNull(questionIds);
        lock (reloadLock)
        {
            quarantine = questionIds.ToHashSet(StringComparer.Ordinal);
            snapshot = Apply(snapshot.Full);
        }
    }

    private ContentCatalog Recheck(Snapshot seen)
    {
        lock (reloadLock)
        {
            // Another reader (or a reload) may have moved on while this one waited for the lock.
            if (!ReferenceEquals(seen, snapshot))
            {
                return snapshot.Live;
            }

            snapshot = Apply(seen.Full);
            return snapshot.Live;
        }
    }

    private Snapshot Apply(ContentCatalog full)
    {
        var now = time.GetUtcNow();
        var today = TimeZones.LocalDate(now, zone);
        var live = LawCurrency.Apply(full, today);
        if (quarantine.Count > 0)
        {
            live = live with
            {
                Questions = [.. live.Questions.Where(q => !quarantine.Contains(q.Id))],
                Quarantined = [.. full.AllQuestions.Select(q => q.Id).Where(quarantine.Contains)],
            };
        }

        foreach (var withdrawn in live.Withdrawn)
        {
            Log.QuestionWithdrawn(logger, withdrawn.QuestionId, withdrawn.DocumentId, withdrawn.Status, today);
        }

        var midnight = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(now));
        return new Snapshot(full, live, midnight);
    }

    private sealed record Snapshot(ContentCatalog Full, ContentCatalog Live, DateTimeOffset NextCheck);
}

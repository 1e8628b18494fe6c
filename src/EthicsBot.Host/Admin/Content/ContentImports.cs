namespace EthicsBot.Host.Admin.Content;

using EthicsBot.Content.Catalog;
using EthicsBot.Content.Workbook;
using EthicsBot.Persistence.Content;

/// <summary>The outcome of an import or a rollback, as the admin API answers it.</summary>
public sealed record ContentImportOutcome(
    int Status,
    bool Applied,
    string VersionBefore,
    string? VersionAfter,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Errors,
    int UnitsChanged = 0);

/// <summary>
/// Imports a workbook into the live content folder and rolls it back. One at a time per instance. The previous text
/// of every file an import writes is stored first, so a rollback restores it; both end with a reload, so the bot
/// serves the new bank at once. A file edited on disk between preview and apply (or after an import) is never
/// overwritten unseen: the action is refused with 409.
/// </summary>
public sealed class ContentImports(ContentCatalogProvider provider, ContentReloads reloads, IContentImportStore store, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<ContentImportOutcome> ImportAsync(byte[] workbook, string fileName, bool apply, AdminCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var before = provider.Current.Version;
            var plan = BankImporter.Plan(provider.Directory, new MemoryStream(workbook), fileName);
            var outcome = new ContentImportOutcome(
                plan.IsValid ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, false, before, plan.VersionAfter,
                plan.Added, plan.Changed, plan.Removed, [.. plan.Files.Select(f => f.Path)], plan.Errors, plan.UnitsChanged);
            if (!plan.IsValid || !apply || plan.Files.Count == 0)
            {
                return outcome;
            }

            // Stored before writing: a crash between the two leaves a record whose rollback finds the old files and refuses.
            var id = await store.AddAsync(new ContentImportRecord
            {
                ImportedAt = time.GetUtcNow(),
                KeyName = caller.Name,
                VersionBefore = before,
                VersionAfter = plan.VersionAfter!,
                Files = [.. plan.Files.Select(f => new ContentImportFile(f.Path, f.Before, f.After))],
            }, cancellationToken);
            var stale = BankImporter.Apply(provider.Directory, plan.Files);
            if (stale.Count > 0)
            {
                await store.MarkRolledBackAsync(id, time.GetUtcNow(), CancellationToken.None);
                return outcome with { Status = StatusCodes.Status409Conflict, Errors = [.. stale.Select(p => $"{p} changed on the server while the workbook was checked; import again")] };
            }

            var reload = reloads.Reload(caller);
            return reload.Applied
                ? outcome with { Applied = true, VersionAfter = reload.Version }
                : await UndoAsync(id, plan.Files, outcome with { Status = StatusCodes.Status422UnprocessableEntity, Errors = reload.Errors }, caller);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Restores the files of the latest import not yet rolled back; 404 when there is none, 409 when they were edited since.</summary>
    public async Task<ContentImportOutcome> RollbackAsync(AdminCaller caller, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var before = provider.Current.Version;
            var latest = await store.LatestActiveAsync(cancellationToken);
            if (latest is null)
            {
                return new ContentImportOutcome(StatusCodes.Status404NotFound, false, before, null, [], [], [], [], ["there is no import to roll back"]);
            }

            var files = latest.Files.Select(f => new BankFileChange(f.Path, f.Written, f.Previous)).ToList();
            var stale = BankImporter.Apply(provider.Directory, files);
            var paths = files.Select(f => f.Path).ToList();
            if (stale.Count > 0)
            {
                return new ContentImportOutcome(StatusCodes.Status409Conflict, false, before, null, [], [], [], paths,
                    [.. stale.Select(p => $"{p} was changed after import {latest.Id}; restore it by hand or import a workbook instead")]);
            }

            await store.MarkRolledBackAsync(latest.Id, time.GetUtcNow(), CancellationToken.None);
            var reload = reloads.Reload(caller);
            return new ContentImportOutcome(reload.Applied ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, reload.Applied,
                before, reload.Version, [], [], [], paths, reload.Errors);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ContentImportOutcome> UndoAsync(long id, IReadOnlyList<BankFileChange> files, ContentImportOutcome outcome, AdminCaller caller)
    {
        BankImporter.Revert(provider.Directory, files);
        await store.MarkRolledBackAsync(id, time.GetUtcNow(), CancellationToken.None);
        reloads.Reload(caller);
        return outcome;
    }
}

namespace EthicsBot.Persistence.Content;

/// <summary>One file a workbook import wrote: its text before (null: created) and after (null: deleted).</summary>
public sealed record ContentImportFile(string Path, string? Previous, string? Written);

/// <summary>A workbook applied to the content folder through the admin API, kept so it can be rolled back.</summary>
public sealed record ContentImportRecord
{
    public long Id { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public required string KeyName { get; init; }

    public required string VersionBefore { get; init; }

    public required string VersionAfter { get; init; }

    public DateTimeOffset? RolledBackAt { get; init; }

    public required IReadOnlyList<ContentImportFile> Files { get; init; }
}

public interface IContentImportStore
{
    Task<long> AddAsync(ContentImportRecord record, CancellationToken cancellationToken = default);

    /// <summary>The newest import not yet rolled back, with its files; null when there is none.</summary>
    Task<ContentImportRecord?> LatestActiveAsync(CancellationToken cancellationToken = default);

    Task MarkRolledBackAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default);
}

namespace EthicsBot.Persistence.Admin;

public interface IAdminAuditStore
{
    /// <summary>Appends the entry and returns its id.</summary>
    Task<long> AppendAsync(AdminAuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest entries first, at most <paramref name="limit"/>, older than <paramref name="beforeId"/> when given
    /// (the id of the last entry of the previous page); only entries recorded under <paramref name="unit"/> when given.
    /// </summary>
    Task<IReadOnlyList<AdminAuditEntry>> ListAsync(int limit, long? beforeId = null, string? unit = null, CancellationToken cancellationToken = default);
}

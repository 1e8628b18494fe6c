namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Units;

/// <summary>Memberships and roster in memory, with the store's rules: dated rows, a same-day change replaces.</summary>
public sealed class InMemoryUnitStore : IUnitStore
{
    private readonly Lock gate = new();

    public List<UnitMembership> Memberships { get; } = [];
    public Dictionary<string, string> Roster { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<UnitMembership?> GetAsync(string userId, DateOnly day, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(Memberships.Where(m => m.UserId == userId && m.From <= day).OrderByDescending(m => m.From).FirstOrDefault());
        }
    }

    public Task SetAsync(string userId, string unitId, DateOnly from, UnitSource source, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            Memberships.RemoveAll(m => m.UserId == userId && m.From == from);
            Memberships.Add(new UnitMembership(userId, unitId, from, source));
        }

        return Task.CompletedTask;
    }

    public Task<RosterImportResult> ImportRosterAsync(IReadOnlyList<RosterEntry> entries, DateOnly from, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The bot never imports a roster.");

    public Task<string?> FindInRosterAsync(string? aadObjectId, string? userPrincipalName, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(
                aadObjectId is not null && Roster.TryGetValue(aadObjectId, out var byId) ? byId
                : userPrincipalName is not null && Roster.TryGetValue(userPrincipalName, out var byName) ? byName
                : null);
        }
    }
}

namespace EthicsBot.Persistence.Units;

/// <summary>Dated unit memberships and the admin's roster.</summary>
public interface IUnitStore
{
    /// <summary>The membership in force on <paramref name="day"/>, or null when the user has none yet.</summary>
    Task<UnitMembership?> GetAsync(string userId, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user belongs to <paramref name="unitId"/> from <paramref name="from"/> on; a second change on the same day
    /// replaces the first. Also written to the profile's current unit.
    /// </summary>
    Task SetAsync(string userId, string unitId, DateOnly from, UnitSource source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores every row (a later import replaces earlier rows for the same person) and moves each user the bot already
    /// knows by Entra object id into the roster's unit from <paramref name="from"/>, all in one transaction.
    /// </summary>
    Task<RosterImportResult> ImportRosterAsync(IReadOnlyList<RosterEntry> entries, DateOnly from, CancellationToken cancellationToken = default);

    /// <summary>The roster's unit for a user known by these ids, or null; nothing is written.</summary>
    Task<string?> FindInRosterAsync(string? aadObjectId, string? userPrincipalName, CancellationToken cancellationToken = default);
}

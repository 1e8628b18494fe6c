namespace EthicsBot.Persistence.Units;

/// <summary>How a user got a unit: from an admin's roster or by picking it on the card.</summary>
public enum UnitSource
{
    Roster,
    User,
}

/// <summary>A user belongs to <see cref="UnitId"/> from <see cref="From"/> (local date) until their next membership starts.</summary>
public sealed record UnitMembership(string UserId, string UnitId, DateOnly From, UnitSource Source);

/// <summary>One roster row: a user known by Entra object id or by user principal name, and their unit.</summary>
public sealed record RosterEntry(RosterKey Kind, string Key, string UnitId);

public enum RosterKey
{
    AadObjectId,
    UserPrincipalName,
}

/// <param name="Entries">Roster rows stored.</param>
/// <param name="Applied">Users the bot already knew whose unit changed by this import.</param>
public sealed record RosterImportResult(int Entries, int Applied);

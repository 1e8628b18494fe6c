namespace EthicsBot.Persistence.Tests.Units;

using EthicsBot.Persistence.Units;

public abstract class UnitStoreContract : StoreContract
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [SkippableFact]
    public async Task SetAsync_UserMoves_CountsInNewUnitFromThatDay()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User());

        await db.Units.SetAsync("29:user-1", "xa-a", Monday, UnitSource.Roster);
        await db.Units.SetAsync("29:user-1", "xa-b", Monday.AddDays(3), UnitSource.User);

        Assert.Null(await db.Units.GetAsync("29:user-1", Monday.AddDays(-1)));
        Assert.Equal("xa-a", (await db.Units.GetAsync("29:user-1", Monday.AddDays(2)))!.UnitId);
        var moved = await db.Units.GetAsync("29:user-1", Monday.AddDays(3));
        Assert.Equal(new UnitMembership("29:user-1", "xa-b", Monday.AddDays(3), UnitSource.User), moved);
        Assert.Equal("xa-b", (await db.Users.GetAsync("29:user-1"))!.Unit);
    }

    [SkippableFact]
    public async Task SetAsync_TwiceOnOneDay_SecondReplacesFirst()
    {
        await using var db = await CreateAsync();

        await db.Units.SetAsync("29:user-1", "xa-a", Monday, UnitSource.User);
        await db.Units.SetAsync("29:user-1", "xa-b", Monday, UnitSource.User);

        Assert.Equal("xa-b", (await db.Units.GetAsync("29:user-1", Monday))!.UnitId);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM unit_memberships"));
    }

    [SkippableFact]
    public async Task ImportRosterAsync_KnownUserByAad_IsMovedAndUnknownAreKeptForLater()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User() with { AadObjectId = "AAD-1" });

        var result = await db.Units.ImportRosterAsync(
            [new RosterEntry(RosterKey.AadObjectId, "aad-1", "xa-a"), new RosterEntry(RosterKey.UserPrincipalName, "Lan@Example.gov.vn", "xa-b")],
            Monday);

        Assert.Equal(new RosterImportResult(2, 1), result);
        Assert.Equal("xa-a", (await db.Units.GetAsync("29:user-1", Monday))!.UnitId);
        Assert.Equal("xa-b", await db.Units.FindInRosterAsync(null, "lan@example.gov.vn"));
        Assert.Null(await db.Units.FindInRosterAsync("aad-9", "someone@example.gov.vn"));
    }

    [SkippableFact]
    public async Task ImportRosterAsync_SameUnitAgain_AppliesNothing()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User());
        await db.Units.ImportRosterAsync([new RosterEntry(RosterKey.AadObjectId, "aad-1", "xa-a")], Monday);

        var again = await db.Units.ImportRosterAsync([new RosterEntry(RosterKey.AadObjectId, "aad-1", "xa-a")], Monday.AddDays(7));

        Assert.Equal(0, again.Applied);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM unit_memberships"));
    }

    [SkippableFact]
    public async Task DeleteAllAsync_User_RemovesTheirMemberships()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User());
        await db.Units.SetAsync("29:user-1", "xa-a", Monday, UnitSource.User);

        await db.Users.DeleteAllAsync("29:user-1");

        Assert.Equal(0, await db.CountAsync("SELECT COUNT(*) FROM unit_memberships"));
    }
}

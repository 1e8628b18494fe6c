namespace EthicsBot.Domain.Tests.Calendar;

using EthicsBot.Domain.Calendar;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void Resolve_MissingOrUnknownId_FallsBackToHoChiMinh(string? id)
    {
        var zone = TimeZones.Resolve(id);

        Assert.Equal(TimeSpan.FromHours(7), zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeZones.Resolve("Asia/Ho_Chi_Minh"), zone);
    }

    [Fact]
    public void Resolve_KnownIanaId_ReturnsThatZone() =>
        Assert.Equal(TimeSpan.FromHours(9), TimeZones.Resolve("Asia/Tokyo").BaseUtcOffset);

    [Theory]
    [InlineData("Asia/Ho_Chi_Minh", true)]
    [InlineData("Asia/Bangkok", true)]
    [InlineData("Asia/Hanoi_Typo", false)]
    [InlineData(" ", false)]
    public void IsKnown_Id_TrueOnlyForRealZones(string id, bool expected) =>
        Assert.Equal(expected, TimeZones.IsKnown(id));

    [Fact]
    public void LocalDate_UtcEvening_IsNextDayInVietnam()
    {
        var instant = new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 3, 3), TimeZones.LocalDate(instant, TimeZones.Resolve("Asia/Ho_Chi_Minh")));
    }

    [Fact]
    public void ToInstant_Vietnam_UsesPlusSeven()
    {
        var instant = TimeZones.ToInstant(new DateOnly(2026, 3, 2), new TimeOnly(8, 0), TimeZones.Resolve(null));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void ToInstant_TimeSkippedBySpringForward_LandsJustAfterJump()
    {
        var berlin = TimeZones.Resolve("Europe/Berlin");

        var instant = TimeZones.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void ToInstant_TimeRepeatedByFallBack_TakesFirstOccurrence()
    {
        var berlin = TimeZones.Resolve("Europe/Berlin");

        var instant = TimeZones.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }
}

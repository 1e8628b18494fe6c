namespace EthicsBot.Domain.Tests.Calendar;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;

public sealed class HolidayTests
{
    private static readonly LocalizedString Tet = new("Tết", "Tết");

    [Fact]
    public void Range_Tet2026_OneHolidayPerDayInclusive()
    {
        var days = Holiday.Range(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22), Tet).ToList();

        Assert.Equal(9, days.Count);
        Assert.Equal(new DateOnly(2026, 2, 14), days[0].Date);
        Assert.Equal(new DateOnly(2026, 2, 22), days[^1].Date);
        Assert.All(days, d => Assert.Same(Tet, d.Name));
    }

    [Fact]
    public void Range_SingleDay_OneHoliday() =>
        Assert.Single(Holiday.Range(new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 2), Tet));

    [Fact]
    public void Range_LastBeforeFirst_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Holiday.Range(new DateOnly(2026, 2, 22), new DateOnly(2026, 2, 14), Tet).ToList());
}

namespace EthicsBot.Domain.Calendar;

/// <summary>Monday–Sunday weeks, the unit of leaderboards and contest seasons (ISO weeks, as Vietnamese offices count them).</summary>
public static class Weeks
{
    /// <summary>The Monday of the week <paramref name="day"/> falls in.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

namespace EthicsBot.Domain.Calendar;

/// <summary>Time-zone lookup with a Vietnamese fallback, and conversions between instants and local dates.</summary>
public static class TimeZones
{
    /// <summary>The users' home zone and the fallback for unknown ids.</summary>
    public const string VietnamId = "Asia/Ho_Chi_Minh";

    private static readonly Lazy<TimeZoneInfo> Vietnam = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(VietnamId, out var zone)
            ? zone
            // Slim containers may ship without tzdata; Vietnam has had no DST since 1975, so a fixed +07:00 is exact.
            : TimeZoneInfo.CreateCustomTimeZone(VietnamId, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time"));

    /// <summary>The zone for an IANA (or Windows) id; Asia/Ho_Chi_Minh when the id is empty or unknown.</summary>
    public static TimeZoneInfo Resolve(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : Vietnam.Value;

    /// <summary>True when the id names a zone this machine knows, so a settings dialog can reject typos.</summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>The calendar date at <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// The instant a local wall-clock time occurs. A time skipped by a DST jump is read with the pre-jump
    /// offset (so it lands just after the jump); a repeated time takes its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddHours(-3));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local, offset);
    }
}

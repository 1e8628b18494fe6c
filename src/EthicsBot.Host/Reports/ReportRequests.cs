namespace EthicsBot.Host.Reports;

using System.Globalization;
using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Calendar;

/// <summary>Reads the date range of a report request: YYYY-MM-DD, to defaulting to today and from to four weeks before it.</summary>
internal static class ReportRequests
{
    private const int MaxDays = 366;

    public static DateOnly Today(IContentCatalogProvider catalogs, TimeProvider time) =>
        TimeZones.LocalDate(time.GetUtcNow(), TimeZones.Resolve(catalogs.Current.Calendar.DefaultTimeZone));

    /// <summary>The range, or the 400 to answer.</summary>
    public static (DateOnly From, DateOnly To, IResult? Problem) Range(string? from, string? to, DateOnly today)
    {
        if (!TryDate(to, today, out var end) || !TryDate(from, end.AddDays(-27), out var start))
        {
            return (default, default, Bad("'from' and 'to' must be calendar dates written YYYY-MM-DD, for example 2026-11-27."));
        }

        if (start > end)
        {
            return (default, default, Bad($"'from' ({start:yyyy-MM-dd}) is after 'to' ({end:yyyy-MM-dd})."));
        }

        return end.DayNumber - start.DayNumber >= MaxDays
            ? (default, default, Bad($"A report covers at most {MaxDays} days; ask for a shorter range."))
            : (start, end, null);
    }

    /// <summary>A YYYY-MM-DD day, or <paramref name="fallback"/> when none is given; false when it is not a date.</summary>
    public static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static IResult Bad(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad date range", detail: detail);
}

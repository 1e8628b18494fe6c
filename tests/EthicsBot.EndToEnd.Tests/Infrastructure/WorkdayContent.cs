namespace EthicsBot.EndToEnd.Tests.Infrastructure;

using System.Globalization;
using EthicsBot.Content.Loading;
using EthicsBot.Domain.Calendar;

/// <summary>
/// The shipped content, made to have a daily card due today. On a weekend the copy declares today a
/// make-up working day, the same calendar entry admins write when the government swaps a day off, so the
/// daily test runs whatever day CI runs on; a public holiday cannot be turned into a workday that way.
/// </summary>
internal static class WorkdayContent
{
    public static string? ForToday()
    {
        var source = Path.Combine(Paths.RepositoryRoot, "content");
        var calendar = ContentLoader.Load(source).Catalog!.Calendar;
        // A margin of an hour: the bot reads its own clock a little later than this.
        var today = TimeZones.LocalDate(TimeProvider.System.GetUtcNow().AddHours(1), TimeZones.Resolve(calendar.DefaultTimeZone));
        if (calendar.IsHoliday(today))
        {
            return null;
        }

        var copy = Directory.CreateTempSubdirectory("ethicsbot-e2e-content-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (!calendar.IsWorkday(today))
        {
            var path = Path.Combine(copy, "calendar.yaml");
            var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = File.ReadAllText(path).Replace("makeup_workdays: []",
                $"makeup_workdays:\n  - date: {date}\n    name: {{ vi: Ngày làm bù (kiểm thử), en: Make-up working day (test) }}", StringComparison.Ordinal);
            if (!text.Contains(date, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("calendar.yaml no longer has an empty makeup_workdays list to extend.");
            }

            File.WriteAllText(path, text);
        }

        return copy;
    }
}

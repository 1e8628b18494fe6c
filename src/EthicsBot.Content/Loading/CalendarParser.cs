namespace EthicsBot.Content.Loading;

/// <summary>Reads calendar.yaml: <c>timezone</c>, <c>holidays</c> (date or from/to, name) and <c>makeup_workdays</c> (date, name).</summary>
internal static class CalendarParser
{
    public static RawCalendar? Parse(YamlNode root, string path, ContentDiagnostics diagnostics)
    {
        var file = MappingReader.Open(root, path, diagnostics, "timezone", "holidays", "makeup_workdays");
        if (file is null)
        {
            return null;
        }

        var holidays = Days(file.Sequence("holidays", required: true), path, diagnostics, "date", "from", "to", "name");
        var makeup = Days(file.Sequence("makeup_workdays", required: false), path, diagnostics, "date", "name");
        return new RawCalendar(file.At, file.Required("timezone"), holidays, makeup);
    }

    private static List<RawCalendarDay> Days(IReadOnlyList<YamlNode>? items, string path, ContentDiagnostics diagnostics, params string[] keys)
    {
        var days = new List<RawCalendarDay>();
        foreach (var item in items ?? [])
        {
            var day = MappingReader.Open(item, path, diagnostics, keys);
            if (day is not null)
            {
                days.Add(new RawCalendarDay(
                    day.At,
                    day.Optional("date"),
                    keys.Contains("from") ? day.Optional("from") : null,
                    keys.Contains("to") ? day.Optional("to") : null,
                    day.Text("name", required: true)));
            }
        }

        return days;
    }
}

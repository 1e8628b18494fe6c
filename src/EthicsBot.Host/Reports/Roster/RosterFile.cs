namespace EthicsBot.Host.Reports.Roster;

using System.Text;
using MiniExcelLibs;

/// <summary>The rows of an uploaded roster as text cells: an .xlsx workbook (a zip) or UTF-8 CSV.</summary>
internal static class RosterFile
{
    public static List<string[]> Rows(byte[] body) => IsZip(body) ? XlsxRows(body) : CsvRows(body);

    private static bool IsZip(byte[] body) => body.Length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;

    private static List<string[]> XlsxRows(byte[] body)
    {
        using var stream = new MemoryStream(body);
        return [.. stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray())];
    }

    private static List<string[]> CsvRows(byte[] body)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart('\uFEFF');
        return [.. text.Split('\n').Select(line => CsvLine(line.TrimEnd('\r')))];
    }

    // Quoted fields ("a,b" and "" for a quote) are enough for rosters exported by Excel or a directory tool.
    private static string[] CsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}

namespace EthicsBot.Content.Reporting;

using System.Text;

/// <summary>A left-aligned plain-text table; numbers line up well enough for a terminal.</summary>
internal sealed class TextTable(params string[] header)
{
    private readonly List<string[]> rows = [header];

    public void Add(string[] row) => rows.Add(row);

    public override string ToString()
    {
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            if (builder.Length > 0)
            {
                builder.AppendLine();
            }

            builder.Append(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        return builder.ToString();
    }
}

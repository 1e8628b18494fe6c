namespace EthicsBot.Host.Reports;

using ScottPlot;

/// <summary>Bar charts as PNG, sized to paste into a report to leadership.</summary>
internal static class ReportCharts
{
    public const int Width = 1000;
    public const int Height = 560;

    /// <summary>Participation rate of each shown child unit (hidden ones are left out), and the unit itself.</summary>
    public static byte[] Participation(ReportSummary report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bars = report.Children.Where(c => c.Figures?.ParticipationRate is not null)
            .Select(c => (c.Name, c.Figures!.ParticipationRate!.Value)).ToList();
        if (report.Other?.ParticipationRate is { } other)
        {
            bars.Add(("Khác", other));
        }

        return Render(bars, $"Tỉ lệ tham gia (%) — {report.Name}, {report.From:dd/MM} – {report.To:dd/MM/yyyy}");
    }

    /// <summary>Accuracy per topic where enough people answered.</summary>
    public static byte[] Accuracy(ReportSummary report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bars = report.Topics.Where(t => t.Accuracy is not null).Select(t => (t.Name, t.Accuracy!.Value)).ToList();
        return Render(bars, $"Tỉ lệ trả lời đúng theo chủ đề (%) — {report.Name}");
    }

    private static byte[] Render(IReadOnlyList<(string Label, double Value)> bars, string title)
    {
        var plot = new Plot();
        var values = bars.Select(b => b.Value).ToArray();
        if (values.Length > 0)
        {
            var series = plot.Add.Bars(values);
            foreach (var (bar, i) in series.Bars.Select((b, i) => (b, i)))
            {
                bar.Label = bars[i].Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            }

            series.ValueLabelStyle.FontSize = 14;
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, values.Length).Select(i => (double)i)], [.. bars.Select(b => Shorten(b.Label))]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = bars.Count > 6 ? 30 : 0;
            plot.Axes.Bottom.TickLabelStyle.Alignment = bars.Count > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        }

        plot.Axes.SetLimitsY(0, 105);
        plot.Title(title);
        plot.Axes.Left.Label.Text = "%";
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Shorten(string label) => label.Length <= 28 ? label : label[..27] + "…";
}

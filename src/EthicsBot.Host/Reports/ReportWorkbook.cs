namespace EthicsBot.Host.Reports;

using MiniExcelLibs;

/// <summary>The report as an .xlsx workbook: one sheet per table of the JSON answer, headers in Vietnamese.</summary>
internal static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(ReportSummary report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Tong hop"] = Summary(report),
            ["Don vi"] = Children(report),
            ["Chu de"] = report.Topics.Select(t => Row(("Mã chủ đề", t.TopicId), ("Chủ đề", t.Name), ("Số câu trả lời", t.Answers), ("Tỉ lệ đúng (%)", t.Accuracy))).ToList(),
            ["Cau sai nhieu"] = report.MostMissed.Select(q => Row(("Mã câu hỏi", q.QuestionId), ("Chủ đề", q.TopicId), ("Số câu trả lời", q.Answers), ("Số lần sai", q.Wrong))).ToList(),
            ["Theo tuan"] = report.Weeks.Select(w => Row(("Tuần từ", w.WeekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Người tham gia", w.Active), ("Số câu trả lời", w.Answers), ("Tỉ lệ đúng (%)", w.Accuracy))).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Summary(ReportSummary r)
    {
        var rows = new List<(string, object?)>
        {
            ("Đơn vị / Unit", r.Path.Length > 0 ? r.Path : r.Name),
            ("Từ ngày / From", r.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Đến ngày / To", r.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Ngưỡng bảo mật (người) / Privacy floor", r.MinGroupSize),
        };
        if (r.Hidden)
        {
            rows.Add(("Ghi chú / Note", "Dưới ngưỡng bảo mật: không hiển thị số liệu / Under the privacy floor: no figures"));
        }
        else
        {
            rows.AddRange(
            [
                ("Số người đăng ký / Enrolled", r.Enrolled),
                ("Số người tham gia / Active", r.Active),
                ("Tỉ lệ tham gia (%) / Participation", r.ParticipationRate),
                ("Số câu trả lời / Answers", r.Answers),
                ("Tỉ lệ đúng (%) / Accuracy", r.Accuracy),
                ("Thẻ hằng ngày đã gửi / Daily cards sent", r.DailyCards?.Sent),
                ("Thẻ hằng ngày đã trả lời (%) / Daily cards answered", r.DailyCards?.Rate),
                ("Chuỗi 0 ngày / Streak 0", r.Streaks?.None),
                ("Chuỗi 1–2 ngày / Streak 1–2", r.Streaks?.OneToTwo),
                ("Chuỗi 3–4 ngày / Streak 3–4", r.Streaks?.ThreeToFour),
                ("Chuỗi 5–9 ngày / Streak 5–9", r.Streaks?.FiveToNine),
                ("Chuỗi từ 10 ngày / Streak 10+", r.Streaks?.TenOrMore),
            ]);
        }

        return [.. rows.Select(x => Row(("Chỉ số / Figure", x.Item1), ("Giá trị / Value", x.Item2)))];
    }

    private static List<Dictionary<string, object?>> Children(ReportSummary r)
    {
        var rows = r.Children.Select(c => Row(
            ("Mã đơn vị", c.Id),
            ("Đơn vị", c.Name),
            ("Đăng ký", c.Figures?.Enrolled),
            ("Tham gia", c.Figures?.Active),
            ("Tỉ lệ tham gia (%)", c.Figures?.ParticipationRate),
            ("Số câu trả lời", c.Figures?.Answers),
            ("Tỉ lệ đúng (%)", c.Figures?.Accuracy),
            ("Ghi chú", c.Hidden ? "Dưới ngưỡng bảo mật" : null))).ToList();
        if (r.Other is { } o)
        {
            rows.Add(Row(("Mã đơn vị", null), ("Đơn vị", "Khác (gộp)"), ("Đăng ký", o.Enrolled), ("Tham gia", o.Active),
                ("Tỉ lệ tham gia (%)", o.ParticipationRate), ("Số câu trả lời", o.Answers), ("Tỉ lệ đúng (%)", o.Accuracy), ("Ghi chú", "Đơn vị ẩn và thành viên trực tiếp")));
        }

        return rows;
    }

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Header, c => c.Value, StringComparer.Ordinal);
}

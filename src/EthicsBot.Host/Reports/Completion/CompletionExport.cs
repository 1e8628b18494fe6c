namespace EthicsBot.Host.Reports.Completion;

using System.Globalization;
using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Progress;
using EthicsBot.Persistence.Reports;
using MiniExcelLibs;

/// <summary>The workbook of who earned "đạt" in which topic, per person of a unit's subtree: the record provinces ask for.</summary>
internal sealed class CompletionExport(IContentCatalogProvider catalogs, ICompletionStore store, TimeProvider time)
{
    // Completion looks back 90 days; a run that started earlier is dated from its start, so read a year.
    private const int LookBackDays = 400;

    public sealed record Result(byte[] Workbook, int People, int Earned);

    public async Task<Result> BuildAsync(string? unitId, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var units = catalog.Units;
        var zone = TimeZones.Resolve(catalog.Calendar.DefaultTimeZone);
        var today = TimeZones.LocalDate(time.GetUtcNow(), zone);
        var unitIds = unitId is null ? units.All.Select(u => u.Id).ToList() : [.. units.SubtreeOf(unitId).Select(u => u.Id)];
        var members = await store.MembersAsync(unitIds, today, cancellationToken);
        var answers = (await store.RightAnswersAsync([.. members.Select(m => m.UserId)], today.AddDays(-LookBackDays), today, zone.GetUtcOffset(time.GetUtcNow()), cancellationToken))
            .ToLookup(a => a.UserId, StringComparer.Ordinal);

        var rows = new List<Dictionary<string, object?>>();
        var earnedCount = 0;
        foreach (var member in members)
        {
            var earned = Completion.Earned(answers[member.UserId].Select(a => new DatedAnswer(a.Day, a.QuestionId, true)), catalog, today);
            earnedCount += earned.Count;
            foreach (var topic in catalog.Topics)
            {
                var done = earned.TryGetValue(topic.Id, out var day);
                rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["Họ tên"] = member.DisplayName ?? "(không có tên)",
                    ["Đơn vị"] = units.PathText(member.UnitId),
                    ["Chủ đề"] = topic.Name.Vi,
                    ["Kết quả"] = done ? "Đạt" : "Chưa đạt",
                    ["Ngày đạt"] = done ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                });
            }
        }

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>(StringComparer.Ordinal) { ["Hoan thanh"] = rows }, excelType: ExcelType.XLSX);
        return new Result(stream.ToArray(), members.Count, earnedCount);
    }
}

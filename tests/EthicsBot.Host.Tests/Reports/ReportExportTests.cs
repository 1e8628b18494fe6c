namespace EthicsBot.Host.Tests.Reports;

using System.Buffers.Binary;
using System.Net;
using EthicsBot.Host.Tests.Fakes;
using MiniExcelLibs;

/// <summary>The xlsx export and the PNG charts, opened and checked.</summary>
public sealed class ReportExportTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const string Query = "unit=an-giang&from=2026-11-02&to=2026-11-15";

    [Fact]
    public async Task SummaryXlsx_Province_HasTheFiguresInItsSheets()
    {
        var response = await host.Admin().GetAsync(new Uri("/api/admin/reports/summary.xlsx?" + Query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["Tong hop", "Don vi", "Chu de", "Cau sai nhieu", "Theo tuan"], stream.GetSheetNames());
        var summary = Rows(stream, "Tong hop").ToDictionary(r => (string)r["Chỉ số / Figure"]!, r => r["Giá trị / Value"]);
        Assert.Equal(13d, Convert.ToDouble(summary["Số người đăng ký / Enrolled"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(52.9, Convert.ToDouble(summary["Tỉ lệ đúng (%) / Accuracy"], System.Globalization.CultureInfo.InvariantCulture));
        var units = Rows(stream, "Don vi");
        Assert.Equal(["xa-a", "xa-b", "xa-c", null], units.Select(r => r["Mã đơn vị"] as string));
        Assert.Equal("Dưới ngưỡng bảo mật", units[2]["Ghi chú"]);
        Assert.Null(units[2]["Đăng ký"]);
        Assert.Equal(7d, Convert.ToDouble(units[3]["Đăng ký"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("participation")]
    [InlineData("accuracy")]
    public async Task Chart_Png_IsAnImageOfTheReportSize(string chart)
    {
        var response = await host.Admin().GetAsync(new Uri($"/api/admin/reports/charts/{chart}.png?" + Query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(1000, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(560, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(png.Length > 5000, $"a chart with bars and labels, not an empty image ({png.Length} bytes)");
        var folder = Path.Combine(BotHostFactory.RepositoryRoot, "artifacts", "charts");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, chart + ".png"), png);
    }

    private static List<IDictionary<string, object?>> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }
}

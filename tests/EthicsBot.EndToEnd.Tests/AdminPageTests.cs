namespace EthicsBot.EndToEnd.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;
using EthicsBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The /admin page in headless Chromium against the real bot process.</summary>
public sealed class AdminPageTests
{
    [SkippableFact]
    public async Task SignIn_RightKey_ShowsTheLiveBankAndSwitchesToEnglish()
    {
        var missing = AdminPageSession.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(20_000);
        await using var s = await AdminPageSession.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = s.BotUrl };
            var version = (string?)(await http.GetFromJsonAsync<JsonObject>("/healthz"))!["contentVersion"];

            await s.Page.GetByLabel("Khóa quản trị").FillAsync(AdminPageSession.AdminKey);
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

            await Assertions.Expect(s.Page.GetByRole(AriaRole.Heading, new() { Name = "Ngân hàng câu hỏi" })).ToBeVisibleAsync();
            await Assertions.Expect(s.Page.Locator("#content-version")).ToHaveTextAsync(version!);
            foreach (var heading in new[] { "Cập nhật bằng tệp Excel", "Báo lỗi từ người học", "Câu hỏi đang rút khỏi bài mới", "Câu hỏi hằng ngày hôm nay" })
            {
                await Assertions.Expect(s.Page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            }

            await Assertions.Expect(s.Page.Locator("#daily-status")).ToContainTextAsync("Đến hạn");
            await Assertions.Expect(s.Page.Locator("#login")).ToBeHiddenAsync();
            await Assertions.Expect(s.Page.Locator("#section-content")).Not.ToContainTextAsync("null");
            if (Environment.GetEnvironmentVariable("ETHICSBOT_E2E_SCREENSHOTS") is { Length: > 0 } shots)
            {
                await s.Page.ScreenshotAsync(new() { Path = Path.Combine(shots, "admin-vi.png"), FullPage = true });
            }

            await s.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(s.Page.GetByRole(AriaRole.Heading, new() { Name = "Question bank" })).ToBeVisibleAsync();
            await Assertions.Expect(s.Page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        }
        catch
        {
            await s.SaveArtifactsAsync(nameof(SignIn_RightKey_ShowsTheLiveBankAndSwitchesToEnglish));
            throw;
        }
    }

    [SkippableFact]
    public async Task Workbook_OneChangedQuestion_PreviewShowsItAndApplyServesTheNewVersion()
    {
        var missing = AdminPageSession.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(30_000);
        await using var s = await AdminPageSession.StartAsync();
        var workbook = Path.Combine(s.ContentDir, "..", "ngan-hang.xlsx");
        try
        {
            var catalog = ContentLoader.Load(s.ContentDir).Catalog!;
            var id = catalog.AllQuestions[0].Id;
            using (var exported = new MemoryStream())
            {
                BankWorkbookWriter.Write(catalog, exported);
                using var book = new XLWorkbook(new MemoryStream(exported.ToArray()));
                var stem = BankColumns.All.ToList().FindIndex(c => c.Header == BankColumns.Stem("en")) + 1;
                book.Worksheet("Questions").Cell(2, stem).SetValue("Which opening is most appropriate on the ward hotline? (edited)");
                book.SaveAs(workbook);
            }

            await s.Page.GetByLabel("Khóa quản trị").FillAsync(AdminPageSession.AdminKey);
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await Assertions.Expect(s.Page.Locator("#content-version")).ToHaveTextAsync(catalog.Version);

            await s.Page.GetByLabel("Tệp Excel đã chỉnh sửa").SetInputFilesAsync(workbook);
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Xem trước thay đổi" }).ClickAsync();
            await Assertions.Expect(s.Page.Locator("#import-summary")).ToHaveTextAsync("Thêm mới: 0 · Đã sửa: 1 · Bị xóa: 0");
            await Assertions.Expect(s.Page.Locator("#import-result")).ToContainTextAsync(id);
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng" }).ClickAsync();

            var newVersion = s.Page.Locator("#import-new-version");
            await Assertions.Expect(newVersion).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^c-[0-9a-f]{8}$"));
            var version = await newVersion.TextContentAsync();
            Assert.NotEqual(catalog.Version, version);
            await Assertions.Expect(s.Page.Locator("#content-version")).ToHaveTextAsync(version!);
            await Assertions.Expect(s.Page.Locator("#audit-table")).ToContainTextAsync("content.apply");
            Assert.Equal(version, ContentLoader.Load(s.ContentDir).Catalog!.Version);
        }
        catch
        {
            await s.SaveArtifactsAsync(nameof(Workbook_OneChangedQuestion_PreviewShowsItAndApplyServesTheNewVersion));
            throw;
        }
    }

    [SkippableFact]
    public async Task Reports_NewDeployment_ShowsTheUnitsAndHidesFiguresUnderTheFloor()
    {
        var missing = AdminPageSession.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(20_000);
        await using var s = await AdminPageSession.StartAsync();
        try
        {
            await s.Page.GetByLabel("Khóa quản trị").FillAsync(AdminPageSession.AdminKey);
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

            await Assertions.Expect(s.Page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo theo đơn vị" })).ToBeVisibleAsync();
            // Nobody has answered yet: the whole deployment is under the privacy floor, so no figure is shown.
            await Assertions.Expect(s.Page.Locator("#report-hidden")).ToHaveTextAsync("Đơn vị này dưới ngưỡng bảo mật: không hiển thị số liệu.");
            await Assertions.Expect(s.Page.Locator("#report-unit option")).ToHaveCountAsync(35);
            await s.Page.Locator("#report-unit").SelectOptionAsync("hue");
            await s.Page.Locator("#report-show").ClickAsync();
            await Assertions.Expect(s.Page.Locator("#report-output")).ToContainTextAsync("Huế");
            // No channel has registered for the leaderboard yet, so posting it reaches none.
            await s.Page.Locator("#leaderboard-run").ClickAsync();
            await Assertions.Expect(s.Page.Locator("#leaderboard-run-output")).ToContainTextAsync("0 kênh: đã đăng 0, đã có từ trước 0, không gửi được 0");
        }
        catch
        {
            await s.SaveArtifactsAsync(nameof(Reports_NewDeployment_ShowsTheUnitsAndHidesFiguresUnderTheFloor));
            throw;
        }
    }

    [SkippableFact]
    public async Task SignIn_WrongKey_GetsNothing()
    {
        var missing = AdminPageSession.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(20_000);
        await using var s = await AdminPageSession.StartAsync();
        try
        {
            var adminResponses = new List<int>();
            s.Page.Response += (_, r) =>
            {
                if (r.Url.Contains("/api/admin/", StringComparison.Ordinal))
                {
                    adminResponses.Add(r.Status);
                }
            };

            await s.Page.GetByLabel("Khóa quản trị").FillAsync("wrong-key-0123456789");
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

            await Assertions.Expect(s.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Khóa không đúng.");
            await Assertions.Expect(s.Page.Locator("#sections")).ToBeHiddenAsync();
            await Assertions.Expect(s.Page.Locator("#login")).ToBeVisibleAsync();
            await Assertions.Expect(s.Page.Locator("#content-version")).ToHaveCountAsync(0);
            Assert.Equal([401], adminResponses);
            Assert.Null(await s.Page.EvaluateAsync<string?>("sessionStorage.getItem('ethicsbot.admin.key')"));
        }
        catch
        {
            await s.SaveArtifactsAsync(nameof(SignIn_WrongKey_GetsNothing));
            throw;
        }
    }
}

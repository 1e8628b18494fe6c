namespace EthicsBot.EndToEnd.Tests;

using System.Net.Http.Headers;
using EthicsBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// The weekly leaderboard's channel side in the Agents Playground: its "My Team - General" channel sends the
/// activity a Teams channel sends (conversationType "channel", channelData with team and channel ids), so
/// registering there goes through the bot's real channel path, and the leaderboard run posts the card there through
/// the bot's proactive sender and the Playground's connector.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class LeaderboardChannelPlaygroundTests
{
    [SkippableFact]
    public async Task BangXepHangBat_InTeamChannel_ConfirmationNamesTheUnit()
    {
        var missing = Prerequisites.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(30_000);

        await using var s = await PlaygroundSession.StartAsync();
        try
        {
            await RegisterHueAsync(s);
        }
        catch
        {
            await s.SaveArtifactsAsync(nameof(BangXepHangBat_InTeamChannel_ConfirmationNamesTheUnit));
            throw;
        }
    }

    [SkippableFact]
    public async Task LeaderboardRun_AfterRegisteringTheTeamChannel_ChannelShowsTheCardWithLastWeeksRanking()
    {
        var missing = Prerequisites.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(30_000);
        var content = LeaderboardWeek.Content();
        try
        {
            await using var s = await PlaygroundSession.StartAsync(content);
            try
            {
                var week = await LeaderboardWeek.SeedLastWeekAsync(s.DatabasePath);
                await RegisterHueAsync(s);

                // Registered after this Monday's post time, so only the admin run posts it before next Monday.
                using var http = new HttpClient { BaseAddress = s.BotUrl };
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/reports/leaderboard/run?week={week:yyyy-MM-dd}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PlaygroundSession.AdminKey);
                using var response = await http.SendAsync(request);
                var run = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, run);
                Assert.Contains("\"posted\":1,", run, StringComparison.Ordinal);

                var title = s.Page.GetByText("Bảng xếp hạng thi đua: Huế", new() { Exact = true });
                await Assertions.Expect(title).ToBeVisibleAsync();
                var card = s.Page.Locator(".ac-adaptiveCard").Filter(new() { Has = title });
                await Assertions.Expect(card).ToContainTextAsync($"Tuần từ {week:dd/MM} đến {week.AddDays(6):dd/MM/yyyy}");
                // The card writes "1. Phường Phú Xuân"; the renderer's markdown shows the rank as an ordered list's number.
                await Assertions.Expect(card.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Phường Phú Xuân", "Phường Thuận Hóa"]);
                await Assertions.Expect(card.Locator("ol[start=\"2\"]")).ToHaveTextAsync("Phường Thuận Hóa");
                await Assertions.Expect(card).ToContainTextAsync("Phường Phú Xuân tham gia 100% · trả lời đúng 100%");
                await Assertions.Expect(card).ToContainTextAsync("Phường Thuận Hóa tham gia 100% · trả lời đúng 50%");
                // A post of its own in the channel (as the Monday card in Teams), not a reply under the command's post.
                var post = s.Page.GetByRole(AriaRole.Group).Filter(new() { Has = title });
                await Assertions.Expect(post).ToHaveCountAsync(1);
                await Assertions.Expect(post).Not.ToContainTextAsync("bảng xếp hạng bật hue");
            }
            catch
            {
                await s.SaveArtifactsAsync(nameof(LeaderboardRun_AfterRegisteringTheTeamChannel_ChannelShowsTheCardWithLastWeeksRanking));
                throw;
            }
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    /// <summary>Opens "My Team - General" and turns the leaderboard of Huế on there, as a user types it in Teams.</summary>
    private static async Task RegisterHueAsync(PlaygroundSession s)
    {
        await Assertions.Expect(s.Page.GetByRole(AriaRole.Button, new() { Name = "Start a quiz", Exact = true })).ToBeVisibleAsync();
        await s.Page.GetByRole(AriaRole.Treeitem, new() { Name = "My Team - General", Exact = true }).ClickAsync();

        // As in Teams, a channel post reaches the bot only when it @mentions the bot; the command starts a new post.
        // The "Start a new post" box is the first editor on the page; each post below has its own reply box.
        var newPost = s.Page.Locator("[data-lexical-editor=\"true\"]").First;
        await MentionBotAsync(s, newPost);
        await s.Page.Keyboard.TypeAsync(" bảng xếp hạng bật hue");
        await s.Page.Keyboard.PressAsync("Enter");

        var confirmation = s.Page.GetByText("Đã bật: sáng thứ Hai hằng tuần", new() { Exact = false }).First;
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await Assertions.Expect(confirmation).ToContainTextAsync("Huế");
    }

    /// <summary>
    /// Types "@Test" and picks the bot from the mention list with Tab (Enter would post the raw text). A Tab before the
    /// list has highlighted its first entry is lost; the editor names that entry in aria-activedescendant once it has,
    /// so the Tab waits for it, and the whole pick is retried on a box cleared with the keyboard.
    /// </summary>
    private static async Task MentionBotAsync(PlaygroundSession s, ILocator box)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await box.ClickAsync();
            await s.Page.Keyboard.PressAsync("Control+A");
            await s.Page.Keyboard.PressAsync("Backspace");
            await s.Page.Keyboard.TypeAsync("@Test");
            try
            {
                await Assertions.Expect(s.Page.Locator("#typeahead-menu")).ToContainTextAsync("Test Bot", new() { Timeout = 5_000 });
                await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", "typeahead-item-0", new() { Timeout = 5_000 });
                await s.Page.Keyboard.PressAsync("Tab");
                await Assertions.Expect(box).ToContainTextAsync("Test Bot", new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException)
            {
                // The list did not open or the pick was lost: clear the box and type the mention again.
            }
        }

        throw new InvalidOperationException("The Playground's mention list did not put the bot into the post after three tries.");
    }
}

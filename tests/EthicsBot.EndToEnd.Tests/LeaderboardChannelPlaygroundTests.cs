namespace EthicsBot.EndToEnd.Tests;

using EthicsBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// The weekly leaderboard's channel side in the Agents Playground: its "My Team - General" channel sends the
/// activity a Teams channel sends (conversationType "channel", channelData with team and channel ids), so
/// registering there goes through the bot's real channel path.
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
        catch
        {
            await s.SaveArtifactsAsync(nameof(BangXepHangBat_InTeamChannel_ConfirmationNamesTheUnit));
            throw;
        }
    }

    /// <summary>
    /// Types "@Test" and picks the bot from the mention list with Tab (Enter would post the raw text). The list
    /// highlights its first entry a moment after it opens and a Tab before that is lost, so the pick is retried.
    /// </summary>
    private static async Task MentionBotAsync(PlaygroundSession s, ILocator box)
    {
        var botNames = s.Page.GetByText("Test Bot", new() { Exact = true });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await box.FillAsync(string.Empty);
            var shown = await botNames.CountAsync();
            await box.ClickAsync();
            await s.Page.Keyboard.TypeAsync("@Test");
            await Assertions.Expect(botNames).ToHaveCountAsync(shown + 1); // the mention list opened
            await Task.Delay(300 * (attempt + 1));
            await s.Page.Keyboard.PressAsync("Tab");
            try
            {
                await Assertions.Expect(box).ToContainTextAsync("Test Bot", new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException)
            {
                // Not picked yet: clear the box and type the mention again.
            }
        }

        throw new InvalidOperationException("The Playground's mention list did not put the bot into the post after three tries.");
    }
}

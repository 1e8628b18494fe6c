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
            var newPost = s.Page.GetByRole(AriaRole.Group).Filter(new() { HasText = "Start a new" }).GetByRole(AriaRole.Textbox);
            var botNames = s.Page.GetByText("Test Bot", new() { Exact = true });
            var shown = await botNames.CountAsync();
            await newPost.ClickAsync();
            await s.Page.Keyboard.TypeAsync("@Test");
            await Assertions.Expect(botNames).ToHaveCountAsync(shown + 1); // the mention list opened
            await s.Page.Keyboard.PressAsync("Tab"); // picks the bot from the mention list (Enter would post)
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
}

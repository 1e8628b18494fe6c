namespace EthicsBot.EndToEnd.Tests;

using System.Net.Http.Headers;
using EthicsBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The daily push, end to end: an admin run sends the card proactively and the user answers it in place.</summary>
[Collection(PlaygroundCollection.Name)]
public sealed class DailyPlaygroundTests
{
    [SkippableFact]
    public async Task AdminRun_AllUsers_DailyCardArrivesAndCanBeAnswered()
    {
        var missing = Prerequisites.MissingReason();
        Skip.If(missing is not null, missing);
        var content = WorkdayContent.ForToday();
        Skip.If(content is null, "today is a public holiday in the Vietnamese calendar, so no daily card can be due.");
        Assertions.SetDefaultExpectTimeout(30_000);

        await using var s = await PlaygroundSession.StartAsync(content);
        try
        {
            await Assertions.Expect(s.Page.GetByRole(AriaRole.Button, new() { Name = "Start a quiz", Exact = true })).ToBeVisibleAsync();

            using var http = new HttpClient { BaseAddress = s.BotUrl };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/daily/run?all=true");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PlaygroundSession.AdminKey);
            using var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

            await Assertions.Expect(s.Page.GetByText("Daily quiz ·").First).ToBeVisibleAsync();
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "A", Exact = true }).First.ClickAsync();
            await Assertions.Expect(s.Page.GetByText("Explanation").First).ToBeVisibleAsync();
        }
        catch
        {
            await s.SaveArtifactsAsync(nameof(AdminRun_AllUsers_DailyCardArrivesAndCanBeAnswered));
            throw;
        }
    }
}

namespace EthicsBot.EndToEnd.Tests;

using System.Runtime.CompilerServices;
using EthicsBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// The bot in a Teams-compatible client we did not write: the Microsoft 365 Agents Playground renders the
/// cards, sends the invokes for Action.Execute and the messages for typed text, exactly as a user would.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundTests
{
    [SkippableFact]
    public Task Connect_NewConversation_WelcomeCardArrives() => RunAsync(async s =>
    {
        await Expect(s.Page.GetByText("I'm EthicsBot", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(Button(s, "Start a quiz")).ToBeVisibleAsync();
    });

    [SkippableFact]
    public Task BatDau_ClickOption_CardReplacedWithResultExplanationAndReference() => RunAsync(async s =>
    {
        await s.SendAsync("bắt đầu");
        await Expect(s.Page.GetByText("Câu 1/5").First).ToBeVisibleAsync();

        await Button(s, "B").ClickAsync();

        await Expect(s.Page.GetByText("Giải thích").First).ToBeVisibleAsync();
        await Expect(s.Page.GetByText("Căn cứ").First).ToBeVisibleAsync();
        await Expect(Button(s, "Câu tiếp theo")).ToBeVisibleAsync();
        foreach (var letter in new[] { "A", "B", "C", "D" })
        {
            await Expect(Button(s, letter)).ToHaveCountAsync(0);
        }
    });

    [SkippableFact]
    public Task BatDau_WholeSession_SummaryThenProgressCard() => RunAsync(async s =>
    {
        await s.SendAsync("bắt đầu");
        await AnswerSessionAsync(s, "Câu {0}/5", "Câu tiếp theo");

        await Expect(s.Page.GetByText("Kết quả bài làm").First).ToBeVisibleAsync();
        await s.SendAsync("tiến độ");
        await Expect(s.Page.GetByText("Tiến độ của bạn").First).ToBeVisibleAsync();
        await Expect(s.Page.GetByText("Số câu đã trả lời").First).ToBeVisibleAsync();
    });

    [SkippableFact]
    public Task TypedTwo_QuestionOnScreen_AnswersIt() => RunAsync(async s =>
    {
        await s.SendAsync("bắt đầu");
        await Expect(s.Page.GetByText("Câu 1/5").First).ToBeVisibleAsync();

        await s.SendAsync("2");

        await Expect(s.Page.GetByText("Giải thích").First).ToBeVisibleAsync();
    });

    [SkippableFact]
    public Task Quiz_WholeSessionInEnglish_SummaryThenProgressCard() => RunAsync(async s =>
    {
        await s.SendAsync("quiz");
        await Expect(s.Page.GetByText("Question 1/5").First).ToBeVisibleAsync();
        await Button(s, "C").ClickAsync();
        await Expect(s.Page.GetByText("Explanation").First).ToBeVisibleAsync();
        await Expect(s.Page.GetByText("Legal basis").First).ToBeVisibleAsync();
        await Button(s, "Next").ClickAsync();

        await AnswerSessionAsync(s, "Question {0}/5", "Next", first: 2);

        await Expect(s.Page.GetByText("Your result").First).ToBeVisibleAsync();
        await s.SendAsync("progress");
        await Expect(s.Page.GetByText("Your progress").First).ToBeVisibleAsync();
    });

    [SkippableFact]
    public Task FreeQuestion_InVietnamese_AnswerCardWithReferencesAndScenarioButtons() => RunAsync(async s =>
    {
        await s.SendAsync("Tôi có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?");

        await Expect(s.Page.GetByText("Theo bộ tình huống của EthicsBot").First).ToBeVisibleAsync();
        await Expect(s.Page.GetByText("117/2025/QH15", new() { Exact = false }).First).ToBeVisibleAsync();
        await Button(s, "Làm tình huống 1").ClickAsync();
        await Expect(s.Page.GetByText("Câu 1/1").First).ToBeVisibleAsync();
    });

    private static async Task AnswerSessionAsync(PlaygroundSession s, string progressFormat, string next, int first = 1)
    {
        for (var number = first; number <= 5; number++)
        {
            await Expect(s.Page.GetByText(string.Format(System.Globalization.CultureInfo.InvariantCulture, progressFormat, number)).First).ToBeVisibleAsync();
            await Button(s, "A").ClickAsync();
            await Expect(Button(s, "A")).ToHaveCountAsync(0);
            if (number < 5)
            {
                await Button(s, next).Last.ClickAsync();
            }
        }
    }

    private static ILocator Button(PlaygroundSession s, string name) =>
        s.Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task RunAsync(Func<PlaygroundSession, Task> scenario, [CallerMemberName] string name = "")
    {
        var missing = Prerequisites.MissingReason();
        Skip.If(missing is not null, missing);
        Assertions.SetDefaultExpectTimeout(30_000);

        await using var session = await PlaygroundSession.StartAsync();
        try
        {
            // The welcome card proves the Playground is connected before the scenario types anything.
            await Expect(Button(session, "Start a quiz")).ToBeVisibleAsync();
            await scenario(session);
        }
        catch
        {
            await session.SaveArtifactsAsync(name);
            throw;
        }
    }
}

/// <summary>One Playground at a time: each starts Chromium, Node and the bot, and the machine has two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlaygroundCollection
{
    public const string Name = "Playground";
}

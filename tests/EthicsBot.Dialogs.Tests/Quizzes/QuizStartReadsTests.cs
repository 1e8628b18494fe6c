namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;

/// <summary>Starting a quiz reads each question's latest answer, never the user's whole history.</summary>
public sealed class QuizStartReadsTests
{
    [Fact]
    public async Task Quiz_Start_ReadsLatestAnswersOnly()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var fullBefore = bot.Quizzes.FullReads;

        await bot.SayAsync("quiz");

        Assert.Equal(1, bot.Quizzes.LatestReads);
        Assert.Equal(fullBefore, bot.Quizzes.FullReads);
        Assert.Single(bot.Quizzes.Sessions);
    }
}

namespace EthicsBot.Host.Tests.Reports;

using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Daily;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The week of 9 November 2026 under An Giang (<see cref="ReportsHost.Units"/>): xa-b has 6 people of whom 5 answered one
/// question right; xa-a has 6 people who all answered two, one right; xa-c has nobody. With floor 5 the card ranks
/// xa-b (83 % / 100 %) before xa-a (100 % / 50 %).
/// </summary>
internal static class LeaderboardSeed
{
    public static async Task WeekOfNovember9Async(IServiceProvider services)
    {
        var users = services.GetRequiredService<IUserStore>();
        var units = services.GetRequiredService<IUnitStore>();
        var quizzes = services.GetRequiredService<IQuizStore>();
        var n = 0;
        async Task Person(string unit, params bool[] answers)
        {
            var id = $"29:{unit}-{n++}";
            await users.UpsertAsync(new UserProfile { UserId = id, Locale = Domain.Locale.Vi, CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
            await units.SetAsync(id, unit, new DateOnly(2026, 1, 1), UnitSource.Roster);
            for (var i = 0; i < answers.Length; i++)
            {
                var at = new DateTimeOffset(2026, 11, 10, 2, i, 0, TimeSpan.Zero);
                await quizzes.CreateSessionAsync(new QuizSessionRecord
                {
                    SessionId = $"{id}-s{i}", UserId = id, Kind = Domain.Quizzes.SessionKind.OnDemand, QuestionIds = [$"q{i}"],
                    ContentVersion = "v", Locale = Domain.Locale.Vi, StartedAt = at,
                });
                await quizzes.TryRecordAnswerAsync(new AnswerRecord
                {
                    SessionId = $"{id}-s{i}", UserId = id, QuestionId = $"sm-00{i + 1}", TopicId = "social-media", OptionId = "a",
                    Grade = answers[i] ? Domain.Content.OptionGrade.Best : Domain.Content.OptionGrade.Wrong, ContentVersion = "v", AnsweredAt = at,
                });
            }
        }

        for (var i = 0; i < 6; i++)
        {
            await Person("xa-a", true, false);
            await (i < 5 ? Person("xa-b", true) : Person("xa-b"));
        }
    }

    /// <summary>A message that @mentions the bot in a Teams channel, as Teams sends it.</summary>
    public static JsonObject ChannelMessage(Uri serviceUrl, string channel, string text)
    {
        var activity = Activities.Message(serviceUrl, "<at>EthicsBot</at> " + text, "user-admin", "vi-VN");
        activity["conversation"] = new JsonObject { ["id"] = channel, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = DailyTestHost.Tenant };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>EthicsBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "bot-1", ["name"] = "EthicsBot" },
        });
        return activity;
    }

    /// <summary>The fallback texts of the leaderboard cards the connector received.</summary>
    public static IReadOnlyList<string> Cards(FakeConnector connector) =>
        [.. connector.Activities.Select(a => CardJson.FirstCard(a)?["fallbackText"]?.ToString())
            .OfType<string>().Where(t => t.StartsWith("Bảng xếp hạng thi đua", StringComparison.Ordinal) || t.StartsWith("Leaderboard:", StringComparison.Ordinal))];
}

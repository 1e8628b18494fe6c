namespace EthicsBot.EndToEnd.Tests.Infrastructure;

using EthicsBot.Content.Loading;
using EthicsBot.Domain;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Sqlite;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A known week for the leaderboard card: two wards under Huế in a copy of the shipped content, and last week's answers
/// written into the running bot's database through the bot's own SQLite stores. Phường Phú Xuân: 5 people, each one
/// right answer; Phường Thuận Hóa: 6 people, each one right and one wrong. With the floor of 5 the card ranks Phú Xuân
/// (100 % taking part, 100 % right) before Thuận Hóa (100 %, 50 %).
/// </summary>
internal static class LeaderboardWeek
{
    public const string Units = """
        units:
          - id: phuong-phu-xuan
            name: Phường Phú Xuân
            parent: hue
          - id: phuong-thuan-hoa
            name: Phường Thuận Hóa
            parent: hue
        """;

    /// <summary>A copy of the shipped content with <see cref="Units"/>; the caller deletes it.</summary>
    public static string Content()
    {
        var source = Path.Combine(Paths.RepositoryRoot, "content");
        var copy = Directory.CreateTempSubdirectory("ethicsbot-e2e-leaderboard-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(copy, "units.yaml"), Units);
        return copy;
    }

    /// <summary>Seeds last week (by the deployment's time zone) into the bot's database, which it has already migrated; returns its Monday.</summary>
    public static async Task<DateOnly> SeedLastWeekAsync(string databasePath)
    {
        var zone = TimeZones.Resolve(ContentLoader.Load(Path.Combine(Paths.RepositoryRoot, "content")).Catalog!.Calendar.DefaultTimeZone);
        var today = TimeZones.LocalDate(TimeProvider.System.GetUtcNow(), zone);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        // Tuesday 09:00 in Vietnam: well inside the week whatever the offset.
        var answeredAt = TimeZones.ToInstant(monday.AddDays(1), new TimeOnly(9, 0), zone);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Persistence:ConnectionString"] = $"Data Source={databasePath}" })
            .Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSqlitePersistence().BuildServiceProvider();
        var users = services.GetRequiredService<IUserStore>();
        var units = services.GetRequiredService<IUnitStore>();
        var quizzes = services.GetRequiredService<IQuizStore>();
        var joined = monday.AddDays(-60);
        for (var i = 0; i < 11; i++)
        {
            var (unit, grades) = i < 5 ? ("phuong-phu-xuan", new[] { OptionGrade.Best }) : ("phuong-thuan-hoa", new[] { OptionGrade.Best, OptionGrade.Wrong });
            var user = $"29:e2e-{unit}-{i}";
            await users.UpsertAsync(new UserProfile { UserId = user, Locale = Locale.Vi, CreatedAt = answeredAt.AddDays(-60) });
            await units.SetAsync(user, unit, joined, UnitSource.Roster);
            for (var q = 0; q < grades.Length; q++)
            {
                var session = $"{user}-s{q}";
                var at = answeredAt.AddMinutes(q);
                await quizzes.CreateSessionAsync(new QuizSessionRecord
                {
                    SessionId = session, UserId = user, Kind = SessionKind.OnDemand, QuestionIds = [$"sm-00{q + 1}"],
                    ContentVersion = "e2e", Locale = Locale.Vi, StartedAt = at,
                });
                await quizzes.TryRecordAnswerAsync(new AnswerRecord
                {
                    SessionId = session, UserId = user, QuestionId = $"sm-00{q + 1}", TopicId = "social-media", OptionId = "a",
                    Grade = grades[q], ContentVersion = "e2e", AnsweredAt = at,
                });
            }
        }

        return monday;
    }
}

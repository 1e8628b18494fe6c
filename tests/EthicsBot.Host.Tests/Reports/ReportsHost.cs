namespace EthicsBot.Host.Tests.Reports;

using System.Net.Http.Headers;
using EthicsBot.Domain.Content;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The real host over a copy of the shipped content plus a units.yaml under An Giang, with a seeded population (local
/// dates, UTC+7) whose figures are known: xa-a 6 people all active, 2 answers each, one right; xa-b 5 people, 3 active,
/// one right answer each; xa-c 2 people, one wrong answer each. Floor 5.
/// </summary>
public sealed class ReportsHost : IAsyncLifetime
{
    public const string Key = "reports-key-0123456789";
    /// <summary>A key limited to xa-a (Xã An Phú) and its office.</summary>
    public const string CommuneKey = "commune-key-0123456789";
    public const string Units = """
        units:
          - id: xa-a
            name: Xã An Phú
            parent: an-giang
          - id: xa-a-vp
            name: Văn phòng xã An Phú
            parent: xa-a
          - id: xa-b
            name: Xã Bình Hòa
            parent: an-giang
          - id: xa-c
            name: Xã Châu Thành
            parent: an-giang
        """;

    private readonly string contentDir = Path.Combine(Path.GetTempPath(), "ethicsbot-reports-" + Guid.NewGuid().ToString("N"));

    public BotHostFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        var shipped = Path.Combine(BotHostFactory.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(contentDir, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await File.WriteAllTextAsync(Path.Combine(contentDir, "units.yaml"), Units);
        Factory.Settings["Content:Path"] = contentDir;
        Factory.Settings["Admin:ApiKey"] = Key;
        Factory.Settings["Admin:Keys:an-phu:Key"] = CommuneKey;
        Factory.Settings["Admin:Keys:an-phu:Unit"] = "xa-a";
        Factory.Settings["Daily:WorkerEnabled"] = "false";
        Factory.CreateClient().Dispose();
        await SeedAsync(Factory.Services);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(contentDir, recursive: true);
    }

    public HttpClient Admin(string key = Key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<IUserStore>();
        var units = services.GetRequiredService<IUnitStore>();
        var quizzes = services.GetRequiredService<IQuizStore>();
        var start = new DateOnly(2026, 1, 1);
        var n = 0;
        async Task Person(string unit, params bool[] answers)
        {
            var id = $"29:{unit}-{n++}";
            await users.UpsertAsync(new UserProfile { UserId = id, AadObjectId = Guid.NewGuid().ToString(), Locale = Domain.Locale.Vi, CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
            await units.SetAsync(id, unit, start, UnitSource.Roster);
            for (var i = 0; i < answers.Length; i++)
            {
                var at = new DateTimeOffset(2026, 11, 10, 2, i, 0, TimeSpan.Zero);
                var session = $"{id}-s{i}";
                await quizzes.CreateSessionAsync(new QuizSessionRecord
                {
                    SessionId = session, UserId = id, Kind = Domain.Quizzes.SessionKind.OnDemand, QuestionIds = [$"q{i}"],
                    ContentVersion = "v", Locale = Domain.Locale.Vi, StartedAt = at,
                });
                await quizzes.TryRecordAnswerAsync(new AnswerRecord
                {
                    SessionId = session, UserId = id, QuestionId = $"sm-00{i + 1}", TopicId = "social-media", OptionId = "a",
                    Grade = answers[i] ? OptionGrade.Best : OptionGrade.Wrong, ContentVersion = "v", AnsweredAt = at,
                });
            }
        }

        for (var i = 0; i < 6; i++)
        {
            await Person("xa-a", true, false);
        }

        for (var i = 0; i < 5; i++)
        {
            await Person("xa-b", i < 3 ? new[] { true } : Array.Empty<bool>());
        }

        await Person("xa-c", false);
        await Person("xa-c", false);
    }
}

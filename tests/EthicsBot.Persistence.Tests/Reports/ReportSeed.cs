namespace EthicsBot.Persistence.Tests.Reports;

using EthicsBot.Domain.Content;
using EthicsBot.Persistence.Reports;
using EthicsBot.Persistence.Units;

/// <summary>
/// A database with known answers (local time UTC+7), range Monday 2026-03-02 to Sunday 2026-03-15:
/// xa-a holds u1, u2, u3 and u5 until u5 moves to xa-b on 2026-03-04; xa-b holds u4.
/// </summary>
internal static class ReportSeed
{
    public static readonly ReportRange Range = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 15), TimeSpan.FromHours(7));

    public static async Task SeedAsync(StoreDatabase db)
    {
        var start = new DateOnly(2026, 1, 1);
        foreach (var user in new[] { "u1", "u2", "u3", "u5" })
        {
            await db.Units.SetAsync(user, "xa-a", start, UnitSource.Roster);
        }

        await db.Units.SetAsync("u4", "xa-b", start, UnitSource.Roster);
        await db.Units.SetAsync("u5", "xa-b", new DateOnly(2026, 3, 4), UnitSource.User);

        // (user, question, topic, right, UTC instant); local = UTC + 7 h.
        (string, string, string, bool, string)[] answers =
        [
            ("u1", "q0", "t1", true, "2026-03-01T16:30:00Z"), // local 03-01 23:30: before the range
            ("u1", "q1", "t1", true, "2026-03-01T17:30:00Z"), // local 03-02 00:30: inside
            ("u1", "q2", "t1", false, "2026-03-02T02:00:00Z"),
            ("u1", "q3", "t2", true, "2026-03-03T02:00:00Z"),
            ("u2", "q2", "t1", false, "2026-03-09T02:00:00Z"),
            ("u4", "q1", "t1", true, "2026-03-02T02:00:00Z"),
            ("u5", "q2", "t1", false, "2026-03-03T02:00:00Z"), // still in xa-a
            ("u5", "q1", "t1", true, "2026-03-05T02:00:00Z"), // moved to xa-b
            ("u2", "q1", "t1", true, "2026-03-15T17:30:00Z"), // local 03-16 00:30: after the range
        ];
        var n = 0;
        foreach (var (user, question, topic, right, at) in answers)
        {
            var session = $"s{n++}";
            var when = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
            await db.Quizzes.CreateSessionAsync(Samples.Session(session, user) with { StartedAt = when });
            await db.Quizzes.TryRecordAnswerAsync(Samples.Answer(session, question, user) with
            {
                TopicId = topic,
                Grade = right ? OptionGrade.Best : OptionGrade.Wrong,
                AnsweredAt = when,
            });
        }

        var created = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await db.Deliveries.EnsureDueAsync(
            [("u1", new DateOnly(2026, 3, 2)), ("u5", new DateOnly(2026, 3, 3)), ("u5", new DateOnly(2026, 3, 5)), ("u2", new DateOnly(2026, 3, 9))], created);
        await db.Deliveries.MarkSentAsync("u1", new DateOnly(2026, 3, 2), "d1", created);
        await db.Deliveries.MarkSentAsync("u5", new DateOnly(2026, 3, 3), "d2", created);
        await db.Deliveries.MarkSentAsync("u5", new DateOnly(2026, 3, 5), "d3", created);
        await db.Deliveries.MarkAnsweredAsync("u1", new DateOnly(2026, 3, 2), created);
        await db.Deliveries.MarkAnsweredAsync("u5", new DateOnly(2026, 3, 5), created);
    }
}

namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Dialogs.Daily;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

/// <summary>
/// The composer seam with plain texts that say what was sent to whom ("daily:user-1:2026-12-07"), so tests can
/// read the connector's log. The real composer belongs to the dialogs layer.
/// </summary>
internal sealed class TestDailyComposer : IDailyQuizComposer
{
    public static string DailyText(string userId, DateOnly date) => $"daily:{userId}:{date:yyyy-MM-dd}";

    public static string ReminderText(string userId, DateOnly date) => $"reminder:{userId}:{date:yyyy-MM-dd}";

    public static string PausedText(string userId) => $"paused:{userId}";

    public static string SessionId(string userId, DateOnly date) => $"session-{userId}-{date:yyyyMMdd}";

    public Task<DailyMessage?> ComposeDailyAsync(string userId, DateOnly localDate, CancellationToken cancellationToken) =>
        Task.FromResult<DailyMessage?>(new DailyMessage(MessageFactory.Text(DailyText(userId, localDate)), SessionId(userId, localDate)));

    public Task<IActivity?> ComposeReminderAsync(string userId, DateOnly localDate, string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<IActivity?>(MessageFactory.Text(ReminderText(userId, localDate)));

    public Task<IActivity> ComposeAutoPausedAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IActivity>(MessageFactory.Text(PausedText(userId)));

    /// <summary>Samples built so far (the host builds one at start-up).</summary>
    public int Samples => Volatile.Read(ref samples);

    /// <summary>When set, building the sample throws it, as a broken content bank would.</summary>
    public Exception? SampleFailure { get; set; }

    public IActivity? ComposeSample()
    {
        Interlocked.Increment(ref samples);
        return SampleFailure is { } failure ? throw failure : MessageFactory.Text("sample");
    }

    private int samples;
}

using EthicsBot.Dialogs.Daily;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

[assembly: HostingStartup(typeof(EthicsBot.FanOutBench.StubComposerStartup))]

namespace EthicsBot.FanOutBench
{
    /// <summary>
    /// Only with --stub-composer, and only until the dialogs layer registers its IDailyQuizComposer: the bench loads
    /// this assembly into the bot process as a .NET startup hook and an ASP.NET Core hosting startup, which registers
    /// a composer that returns a card of realistic size without touching the database. Nothing in the bot's own code
    /// registers it. A composer registered by the bot itself comes later and wins.
    /// </summary>
    internal sealed class StubComposerStartup : IHostingStartup
    {
        public void Configure(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.AddSingleton<IDailyQuizComposer, StubComposer>());
    }

    internal sealed class StubComposer : IDailyQuizComposer
    {
        // About the size of a two-question daily card: Teams' 40 KB cap is far away, the request body is realistic.
        private static readonly string Stem = string.Concat(Enumerable.Repeat("Một cán bộ nhận được tin nhắn lạ yêu cầu cung cấp mật khẩu hệ thống một cửa. ", 12));

        public Task<DailyMessage?> ComposeDailyAsync(string userId, DateOnly localDate, CancellationToken cancellationToken)
        {
            var card = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = Stem, ["wrap"] = true }),
                ["actions"] = new JArray(Enumerable.Range(1, 4).Select(i => new JObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = $"Phương án {i}",
                    ["verb"] = "answer",
                    ["data"] = new JObject { ["option"] = i },
                })),
            };
            var activity = MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: card));
            return Task.FromResult<DailyMessage?>(new DailyMessage(activity, $"bench-{userId}-{localDate:yyyyMMdd}"));
        }

        public Task<IActivity?> ComposeReminderAsync(string userId, DateOnly localDate, string sessionId, CancellationToken cancellationToken) =>
            Task.FromResult<IActivity?>(MessageFactory.Text("Nhắc: câu hỏi hôm nay vẫn chờ bạn."));

        public Task<IActivity> ComposeAutoPausedAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult<IActivity>(MessageFactory.Text("Đã tạm dừng câu hỏi hằng ngày."));
    }
}

/// <summary>The .NET startup hook entry point (DOTNET_STARTUP_HOOKS): turns on the hosting startup above.</summary>
internal static class StartupHook
{
    public static void Initialize() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES", typeof(StartupHook).Assembly.GetName().Name);
}

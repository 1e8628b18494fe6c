namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Domain.Daily;
using EthicsBot.Host.Daily;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

/// <summary>
/// The real host with a fake clock and <see cref="TestDailyComposer"/>. The background worker is off by default so
/// tests drive the engine step by step; passing the same database path to two hosts gives two instances over one
/// SQLite file.
/// </summary>
internal sealed class DailyTestHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";
    public const string Tenant = "tenant-1";

    private readonly BotHostFactory root;

    private DailyTestHost(BotHostFactory root, WebApplicationFactory<Program> app, FakeTimeProvider time)
    {
        this.root = root;
        App = app;
        Time = time;
    }

    /// <summary>
    /// Monday 7 December 2026, 07:30 in Hanoi: a workday, half an hour before the default delivery time, in a fortnight
    /// with no holiday (the shipped calendar decides what a workday is, and 24 November is Vietnamese Culture Day).
    /// </summary>
    public static DateTimeOffset MondayMorning { get; } = new(2026, 12, 7, 0, 30, 0, TimeSpan.Zero);

    public static DateOnly Monday { get; } = new(2026, 12, 7);

    public WebApplicationFactory<Program> App { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => App.Services;

    public DailyEngine Engine => Services.GetRequiredService<DailyEngine>();

    public IDeliveryStore Deliveries => Services.GetRequiredService<IDeliveryStore>();

    public IDailySubscriptionStore Subscriptions => Services.GetRequiredService<IDailySubscriptionStore>();

    public static DailyTestHost Start(FakeTimeProvider time, Action<IDictionary<string, string?>>? configure = null, bool withComposer = true)
    {
        var root = new BotHostFactory();
        root.Settings["Daily:WorkerEnabled"] = "false";
        // Tests send a handful of messages; a high rate keeps them from waiting on the fake clock for tokens.
        root.Settings["Daily:TenantRequestsPerSecond"] = "100000";
        root.Settings["Admin:ApiKey"] = AdminKey;
        configure?.Invoke(root.Settings);
        var app = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.RemoveAll<IDailyQuizComposer>();
            if (withComposer)
            {
                services.AddSingleton<IDailyQuizComposer, TestDailyComposer>();
            }
        }));
        try
        {
            _ = app.Services; // Starts the host: migrations run and options are validated now.
        }
        catch
        {
            root.Dispose();
            throw;
        }

        return new DailyTestHost(root, app, time);
    }

    public static string Conversation(string userId) => "conv-" + userId;

    /// <summary>Stores what the message handler stores on install: a profile and the conversation reference.</summary>
    public async Task SubscribeAsync(string userId, Uri serviceUrl, DailySettings? settings = null)
    {
        var reference = new ConversationReference
        {
            ActivityId = null,
            User = new ChannelAccount(userId, "Nguyễn Văn An", aadObjectId: "aad-" + userId),
            Bot = new ChannelAccount("bot-1", "EthicsBot"),
            Conversation = new ConversationAccount(conversationType: "personal", id: Conversation(userId), tenantId: Tenant),
            ChannelId = "msteams",
            ServiceUrl = serviceUrl.ToString(),
            Locale = "vi-VN",
        };
        await Services.GetRequiredService<IUserStore>().UpsertAsync(new UserProfile
        {
            UserId = userId,
            TenantId = Tenant,
            Locale = Domain.Locale.Vi,
            CreatedAt = Time.GetUtcNow(),
        });
        await Services.GetRequiredService<IConversationReferenceStore>().UpsertAsync(
            userId, Tenant, serviceUrl.ToString(), Conversation(userId), JsonConvert.SerializeObject(reference), Time.GetUtcNow());
        if (settings is not null)
        {
            await Subscriptions.UpsertAsync(userId, settings);
        }
    }

    public HttpClient CreateAdminClient(string? key = AdminKey)
    {
        var client = App.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return client;
    }

    public async ValueTask DisposeAsync() => await root.DisposeAsync();
}

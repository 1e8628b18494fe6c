namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Content;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Feedback;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Users;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Newtonsoft.Json.Linq;

/// <summary>
/// The real bot from AddDialogs, over in-memory stores and a Teams-channel TestAdapter. Each Send runs one
/// turn and returns what the bot sent, in order (an invoke's response comes last).
/// </summary>
public sealed class BotHarness : IDisposable
{
    public const string UserId = "29:user-lan";
    public const string OtherUserId = "29:user-minh";
    public const string TenantId = "tenant-1";

    /// <summary>Tuesday 10 March 2026, 09:00 in Hanoi.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    public BotHarness(
        ContentCatalog? catalog = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? replace = null)
    {
        Users = new InMemoryUserStore(Quizzes);
        UserTurns = new InMemoryUserTurnStore(Users, References, Subscriptions);
        Deliveries.Setup(d => d.MarkSessionAnsweredAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Catalog = new FixedCatalogProvider(catalog ?? TestCatalog.Build());
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(new Random(7));
        services.AddSingleton<IContentCatalogProvider>(Catalog);
        services.AddSingleton(Quizzes);
        services.AddSingleton<IQuizStore>(Quizzes);
        services.AddSingleton<IUserStore>(Users);
        services.AddSingleton<IUserTurnStore>(UserTurns);
        services.AddSingleton<IDocumentStore>(Documents);
        services.AddSingleton<IConversationReferenceStore>(References);
        services.AddSingleton<IDailySubscriptionStore>(Subscriptions);
        services.AddSingleton<IQuestionFeedbackStore>(Feedback);
        services.AddSingleton<Persistence.Units.IUnitStore>(Units);
        services.AddSingleton<Persistence.Leaderboards.ILeaderboardChannelStore>(LeaderboardChannels);
        services.AddSingleton(Deliveries.Object);
        services.AddDialogs();
        replace?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Bot = Services.GetRequiredService<IBot>();
        Logs = Services.GetFakeLogCollector();
        Adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://smba.example.test/",
            User = new ChannelAccount(UserId, "Lan"),
            Bot = new ChannelAccount("28:ethicsbot", "EthicsBot"),
            Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: "a:personal-lan", tenantId: TenantId),
        });
    }

    public FakeTimeProvider Time { get; } = new(Start);
    public InMemoryQuizStore Quizzes { get; } = new();
    public InMemoryUserStore Users { get; }
    public InMemoryUserTurnStore UserTurns { get; }
    public InMemoryDocumentStore Documents { get; } = new();
    public InMemoryConversationReferenceStore References { get; } = new();
    public InMemoryDailySubscriptionStore Subscriptions { get; } = new();
    public InMemoryUnitStore Units { get; } = new();
    public InMemoryLeaderboardChannelStore LeaderboardChannels { get; } = new();
    /// <summary>The bot only tells the delivery store that a daily card was answered; the engine owns the rest.</summary>
    public InMemoryQuestionFeedbackStore Feedback { get; } = new();
    public Mock<IDeliveryStore> Deliveries { get; } = new(MockBehavior.Strict);
    public FixedCatalogProvider Catalog { get; }
    public FakeLogCollector Logs { get; }
    public ServiceProvider Services { get; }
    public IBot Bot { get; }
    public TestAdapter Adapter { get; }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    /// <summary>A message typed in a Teams channel of a team (the bot mentioned, as Teams requires there).</summary>
    /// <param name="conversationId">The thread typed in; by default a post of the channel <see cref="ChannelId"/>.</param>
    public async Task<IReadOnlyList<Activity>> SayInChannelAsync(string text, string locale = "vi-VN", string userId = UserId, string conversationId = ChannelConversationId)
    {
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://smba.example.test/",
            User = new ChannelAccount(userId),
            Bot = new ChannelAccount("28:ethicsbot", "EthicsBot"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: conversationId, tenantId: TenantId),
        });
        await adapter.ProcessActivityAsync(new Activity(ActivityTypes.Message) { Text = text, Locale = locale, From = User(userId) }, Bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public const string ChannelConversationId = ChannelId + ";messageid=1";

    /// <summary>The channel's own conversation id, without a thread.</summary>
    public const string ChannelId = "19:general@thread.tacv2";

    public Task<IReadOnlyList<Activity>> SayAsync(string text, string locale = "vi-VN", string userId = UserId) =>
        SendAsync(new Activity(ActivityTypes.Message) { Text = text, Locale = locale, From = User(userId) });

    /// <summary>An Action.Submit: a message whose Value is the button data.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JObject data, string locale = "vi-VN", string userId = UserId) =>
        SendAsync(new Activity(ActivityTypes.Message) { Value = data.DeepClone(), Locale = locale, From = User(userId) });

    /// <summary>An Action.Execute: the adaptiveCard/action invoke Teams sends.</summary>
    public Task<IReadOnlyList<Activity>> InvokeAsync(JObject data, string verb, string locale = "vi-VN", string userId = UserId) =>
        SendRawInvokeAsync(new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        }, locale, userId);

    public Task<IReadOnlyList<Activity>> SendRawInvokeAsync(JToken? value, string locale = "vi-VN", string userId = UserId) =>
        SendAsync(new Activity(ActivityTypes.Invoke) { Name = "adaptiveCard/action", Value = value, Locale = locale, From = User(userId) });

    /// <summary>Presses the Action.Execute of <paramref name="card"/> whose data matches, as Teams would.</summary>
    public Task<IReadOnlyList<Activity>> PressAsync(JObject card, string verb, string? optionId = null, string locale = "vi-VN", string userId = UserId)
    {
        var action = CardReader.ExecuteActions(card).First(a => (string?)a["verb"] == verb && (optionId is null || (string?)a["data"]?["optionId"] == optionId));
        return InvokeAsync((JObject)action["data"]!, verb, locale, userId);
    }

    public Task<IReadOnlyList<Activity>> MembersAddedAsync(string locale, params string[] memberIds) =>
        SendAsync(new Activity(ActivityTypes.ConversationUpdate)
        {
            Locale = locale,
            From = User(UserId),
            MembersAdded = [.. memberIds.Select(id => new ChannelAccount(id))],
        });

    public Task<IReadOnlyList<Activity>> InstallationAsync(string action, string locale) =>
        SendAsync(new Activity(ActivityTypes.InstallationUpdate) { Action = action, Locale = locale, From = User(UserId) });

    /// <summary>Installs the bot and drops the welcome, so the test starts with a known user.</summary>
    public async Task<BotHarness> InstalledAsync(string locale = "vi-VN")
    {
        Assert.Single(CardReader.Cards(await InstallationAsync("add", locale)));
        return this;
    }

    public void Dispose() => Services.Dispose();

    private static ChannelAccount User(string id) =>
        new(id, id == UserId ? "Lan" : "Minh") { AadObjectId = id == UserId ? "aad-lan" : "aad-minh" };
}

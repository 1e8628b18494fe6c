namespace EthicsBot.Dialogs.Tests.Storage;

using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Storage;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Persistence.Documents;
using Microsoft.Extensions.Logging.Testing;

public sealed class FlowStateStoreTests
{
    private static readonly ConversationData InQuiz = new()
    {
        Welcomed = true,
        Quiz = new QuizPointer { SessionId = "s-1", Index = 2 },
        DeleteRequestedAt = new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.FromHours(7)),
    };

    private readonly InMemoryDocumentStore documents = new();
    private readonly FakeLogger<FlowStateStore> logger = new();

    private FlowStateStore Store => new(documents, logger);

    [Fact]
    public async Task LoadAsync_NoDocument_FreshStateWithoutETag()
    {
        var state = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);

        Assert.Equal(new ConversationData(), state.Data);
        Assert.Null(state.ETag);
        Assert.Equal("msteams/conversations/a:1", state.Key);
    }

    [Fact]
    public async Task SaveAsync_Changed_StoresUnderFlowAndReadsBack()
    {
        var loaded = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);

        var saved = await Store.SaveAsync(loaded, InQuiz, CancellationToken.None);
        var again = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);

        Assert.Equal(InQuiz, again.Data);
        Assert.Equal(saved.ETag, again.ETag);
        Assert.StartsWith("{\"flow\":{", documents.Documents["msteams/conversations/a:1"].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_Unchanged_WritesNothing()
    {
        var loaded = await Store.SaveAsync(await Store.LoadAsync("msteams", "a:1", CancellationToken.None), InQuiz, CancellationToken.None);
        var before = documents.Documents["msteams/conversations/a:1"];

        var saved = await Store.SaveAsync(loaded, InQuiz with { }, CancellationToken.None);

        Assert.Same(before, documents.Documents["msteams/conversations/a:1"]);
        Assert.Same(loaded, saved);
    }

    [Fact]
    public async Task SaveAsync_AnotherTurnSavedSinceLoad_ThrowsETagConflictAndKeepsTheFirst()
    {
        await Store.SaveAsync(await Store.LoadAsync("msteams", "a:1", CancellationToken.None), InQuiz, CancellationToken.None);
        var first = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);
        var second = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);

        await Store.SaveAsync(first, first.Data with { Quiz = null }, CancellationToken.None);
        await Assert.ThrowsAsync<ETagConflictException>(() => Store.SaveAsync(second, second.Data with { Welcomed = false }, CancellationToken.None));

        var stored = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);
        Assert.Null(stored.Data.Quiz);
        Assert.True(stored.Data.Welcomed);
    }

    [Fact]
    public async Task SaveAsync_TwiceWithTheReturnedState_SecondIsCurrent()
    {
        var loaded = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);

        var once = await Store.SaveAsync(loaded, InQuiz, CancellationToken.None);
        await Store.SaveAsync(once, InQuiz with { Quiz = InQuiz.Quiz! with { Index = 3 } }, CancellationToken.None);

        Assert.Equal(3, (await Store.LoadAsync("msteams", "a:1", CancellationToken.None)).Data.Quiz!.Index);
    }

    [Fact]
    public async Task LoadAsync_DocumentSavedByBotBuilderConversationState_ReadsTheFlow()
    {
        // What ConversationState wrote through the previous IStorage (Newtonsoft, property names as declared), with the
        // pointer's former "Answered" flag, which is now read from the session's answers and ignored here.
        const string Legacy = "{\"flow\":{\"Welcomed\":true,\"Quiz\":{\"SessionId\":\"s-1\",\"Index\":2,\"Answered\":true},"
            + "\"DeleteRequestedAt\":\"2026-12-07T08:30:00+07:00\"}}";
        await documents.WriteAsync("msteams/conversations/a:1", Legacy, null);

        var state = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);

        Assert.Equal(InQuiz, state.Data);
    }

    [Theory]
    [InlineData("{\"flow\":")]
    [InlineData("{\"flow\":{\"Quiz\":{\"Index\":\"two\"}}}")]
    [InlineData("[1,2]")]
    public async Task LoadAsync_DamagedDocument_StartsCleanLogsAndIsOverwrittenOnSave(string json)
    {
        await documents.WriteAsync("msteams/conversations/a:1", json, null);

        var state = await Store.LoadAsync("msteams", "a:1", CancellationToken.None);
        await Store.SaveAsync(state, InQuiz, CancellationToken.None);

        Assert.Equal(new ConversationData(), state.Data);
        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Contains("a:1", entry.Message, StringComparison.Ordinal);
        Assert.Equal(InQuiz, (await Store.LoadAsync("msteams", "a:1", CancellationToken.None)).Data);
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheDocument()
    {
        await Store.SaveAsync(await Store.LoadAsync("msteams", "a:1", CancellationToken.None), InQuiz, CancellationToken.None);

        await Store.DeleteAsync("msteams", "a:1", CancellationToken.None);

        Assert.Empty(documents.Documents);
    }

    [Fact]
    public async Task Quiz_AcrossTurns_StateLivesInTheDocumentStore()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");

        var answered = Assert.Single(CardReader.Cards(await bot.SayAsync("b")));
        var next = Assert.Single(CardReader.Cards(await bot.SayAsync("tiếp")));

        Assert.Contains("Câu 1/5", CardReader.Text(answered), StringComparison.Ordinal);
        Assert.Contains("Câu 2/5", CardReader.Text(next), StringComparison.Ordinal);
        Assert.Contains(bot.Documents.Documents.Keys, k => k.Contains("a:personal-lan", StringComparison.Ordinal));
    }
}

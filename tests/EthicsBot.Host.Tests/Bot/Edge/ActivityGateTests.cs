namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Text;
using EthicsBot.Host.Bot.Edge;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

/// <summary>
/// The gate reads the body once and hands the turn the activity it parsed. These call it directly, because the test
/// server always tells the length of a body, so only here can a body arrive without Content-Length.
/// </summary>
public sealed class ActivityGateTests
{
    private static readonly ServiceUrls Loopback = new(Options.Create(new ServiceUrlOptions()), new ConfigurationBuilder().Build());

    [Fact]
    public async Task CheckAsync_BodyOverTheLimitWithoutContentLength_Is413()
    {
        var text = new string('a', ActivityGate.MaxBodyBytes);

        var verdict = await CheckAsync($"{{\"type\":\"message\",\"serviceUrl\":\"http://localhost:5000/\",\"text\":\"{text}\"}}");

        Assert.Null(verdict.Activity);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, Assert.IsType<StatusCodeHttpResult>(verdict.Refusal).StatusCode);
    }

    [Fact]
    public async Task CheckAsync_ValidActivityWithoutContentLength_HandsOverTheParsedActivity()
    {
        var verdict = await CheckAsync(
            "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"id\":\"a-1\",\"serviceUrl\":\"http://localhost:5000/\","
            + "\"locale\":\"vi-VN\",\"value\":{\"action\":{\"verb\":\"next\"}},\"timestamp\":\"2026-12-08T01:00:00Z\"}");

        Assert.Null(verdict.Refusal);
        Assert.Equal(("invoke", "adaptiveCard/action", "a-1", "vi-VN"), (verdict.Type, verdict.Name, verdict.Activity!.Id, verdict.Activity.Locale));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero), verdict.Activity.Timestamp);
        Assert.Equal("next", (string?)((Newtonsoft.Json.Linq.JObject)verdict.Activity.Value)["action"]?["verb"]);
    }

    private static Task<ActivityGate.Verdict> CheckAsync(string json)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ActivityGate.CheckAsync(context.Request, Loopback, NullLogger.Instance, CancellationToken.None);
    }
}

namespace EthicsBot.Host.Tests.Daily;

using System.Net;
using EthicsBot.Host.Daily.Sending;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

public sealed class SendFailureClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Classify_429WithRetryAfterSeconds_RetryThrottledWithThatDelay()
    {
        var result = SendFailureClassifier.Classify(Error(HttpStatusCode.TooManyRequests, """{"error":{"code":"TooManyRequests"}}""", "7"), Now);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.True(result.Throttled);
        Assert.False(result.Unavailable);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.Equal("HTTP 429 TooManyRequests", result.Reason);
    }

    [Fact]
    public void Classify_RetryAfterAsHttpDate_DelayUntilThatDate()
    {
        var result = SendFailureClassifier.Classify(Error(HttpStatusCode.ServiceUnavailable, "", "Mon, 23 Nov 2026 01:00:12 GMT"), Now);

        Assert.Equal(TimeSpan.FromSeconds(12), result.RetryAfter);
        Assert.False(result.Throttled);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void Classify_TransientStatus_Retry(HttpStatusCode status)
    {
        var result = SendFailureClassifier.Classify(Error(status, "<html>gateway</html>"), Now);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.Null(result.RetryAfter);
        Assert.Equal($"HTTP {(int)status}", result.Reason);
        // Only a 503 says the service did not take the request, so only it gives its rate slot back.
        Assert.Equal(status == HttpStatusCode.ServiceUnavailable, result.Unavailable);
    }

    [Theory]
    [InlineData("""{"error":{"code":"MessageWritesBlocked","message":"blocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden","message":"x","subCode":"MessageWritesBlocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"not installed"}}""", "BotNotInConversationRoster")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser")]
    public void Classify_403WithUnreachableCode_Unreachable(string body, string code)
    {
        var result = SendFailureClassifier.Classify(Error(HttpStatusCode.Forbidden, body), Now);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Equal(code, result.Reason);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"error":{"code":"BotDisabledByAdmin"}}""", "HTTP 403 BotDisabledByAdmin")]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":"BadArgument"}}""", "HTTP 400 BadArgument")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, """{"error":{"code":"MessageSizeTooBig"}}""", "HTTP 413 MessageSizeTooBig")]
    [InlineData(HttpStatusCode.InternalServerError, "", "HTTP 500")]
    public void Classify_OtherFailure_FailedWithStatusAndCode(HttpStatusCode status, string body, string reason)
    {
        var result = SendFailureClassifier.Classify(Error(status, body), Now);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void Classify_ConnectionRefused_Retry()
    {
        var result = SendFailureClassifier.Classify(new HttpRequestException("Connection refused"), Now);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.Equal("network error", result.Reason);
    }

    private static ErrorResponseException Error(HttpStatusCode status, string body, string? retryAfter = null)
    {
        using var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        ErrorResponse? parsed = null;
        try
        {
            parsed = JsonConvert.DeserializeObject<ErrorResponse>(body);
        }
        catch (JsonException)
        {
            // The connector leaves Body empty for a body that is not JSON, as here.
        }

        return new ErrorResponseException($"Operation returned an invalid status code '{status}'")
        {
            Response = new HttpResponseMessageWrapper(response, body),
            Body = parsed,
        };
    }
}

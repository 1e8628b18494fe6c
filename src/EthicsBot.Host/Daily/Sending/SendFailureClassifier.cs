namespace EthicsBot.Host.Daily.Sending;

using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// Turns a failed Bot Connector call into a <see cref="SendResult"/>. The connector throws
/// <see cref="ErrorResponseException"/> for any non-2xx answer, with the status, the headers (Retry-After among
/// them) and the parsed error body.
/// </summary>
internal static class SendFailureClassifier
{
    /// <summary>Teams' error codes (body code or sub-code) meaning the bot can no longer write to the user.</summary>
    public static readonly IReadOnlySet<string> UnreachableCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "MessageWritesBlocked",
        "BotNotInConversationRoster",
        "ConversationBlockedByUser",
    };

    // The statuses Teams documents as transient; any other failure is final for this delivery.
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    public static SendResult Classify(Exception exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ErrorResponseException { Response: { } response } error => FromResponse(
                response.StatusCode, RetryAfterHeader.Read(response.Headers, now), ErrorCodes(error.Body?.Error?.Code, response.Content)),
            HttpRequestException http when http.StatusCode is { } status => FromResponse(status, null, []),
            HttpRequestException => SendResult.Retry("network error"),
            // HttpClient reports its own timeout as a cancellation the caller did not ask for.
            OperationCanceledException or TimeoutException => SendResult.Retry("timeout"),
            // Anything else (a composer or database hiccup) is retried; MaxAttempts bounds a real bug.
            _ => SendResult.Retry(exception.GetType().Name),
        };
    }

    private static SendResult FromResponse(HttpStatusCode status, TimeSpan? retryAfter, IReadOnlyList<string> codes)
    {
        var reason = codes.Count == 0
            ? $"HTTP {(int)status}"
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {string.Join('/', codes)}");
        if (status == HttpStatusCode.Forbidden && codes.FirstOrDefault(UnreachableCodes.Contains) is { } code)
        {
            return SendResult.Unreachable(code);
        }

        return Transient.Contains(status)
            ? SendResult.Retry(
                reason, retryAfter, throttled: status == HttpStatusCode.TooManyRequests, unavailable: status == HttpStatusCode.ServiceUnavailable)
            : SendResult.Failed(reason);
    }

    /// <summary>The body's error code plus every "code"/"subCode" found in the raw body, which Teams nests variously.</summary>
    private static List<string> ErrorCodes(string? bodyCode, string? content)
    {
        var codes = new List<string>();
        if (!string.IsNullOrWhiteSpace(bodyCode))
        {
            codes.Add(bodyCode);
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return codes;
        }

        try
        {
            foreach (var property in JToken.Parse(content).SelectTokens("$..*").OfType<JValue>())
            {
                if (property.Parent is JProperty { Name: var name } && (name.Equals("code", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("subCode", StringComparison.OrdinalIgnoreCase)) && property.Value is string value
                    && !codes.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    codes.Add(value);
                }
            }
        }
        catch (JsonException)
        {
            // A non-JSON body (a proxy's HTML page) carries no code; the status alone decides.
        }

        return codes;
    }
}

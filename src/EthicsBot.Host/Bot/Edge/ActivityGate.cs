namespace EthicsBot.Host.Bot.Edge;

using System.Text.Json;
using EthicsBot.Domain;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

/// <summary>
/// Looks at an incoming activity before the Bot Framework does: a body that is not a JSON object, or an activity whose
/// service URL is missing, malformed or untrusted, is answered here and never reaches a turn, so nothing is posted to
/// or stored for that URL. An Adaptive Card action still gets a card, because Teams stops calling a card whose action
/// once got no card back.
/// </summary>
internal static class ActivityGate
{
    /// <summary>Teams activities are a few kilobytes; a card action with a long typed text stays far below this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>What the gate saw: the activity's type and invoke name (for metrics), and the answer when it refused.</summary>
    public sealed record Verdict(string? Type, string? Name, IResult? Refusal);

    public static async Task<Verdict> CheckAsync(HttpRequest request, ServiceUrls serviceUrls, ILogger logger, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            Log.ActivityRejected(logger, "body too large", null);
            return new Verdict(null, null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        // The limit also covers a body sent without Content-Length: reading past it throws, answered below with 413.
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        (string? Type, string? Name, string? ServiceUrl, string? Locale) activity;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Log.ActivityRejected(logger, "body is not a JSON object", null);
                return new Verdict(null, null, Results.BadRequest());
            }

            var root = document.RootElement;
            activity = (Text(root, "type"), Text(root, "name"), Text(root, "serviceUrl"), Text(root, "locale"));
        }
        catch (System.Text.Json.JsonException)
        {
            Log.ActivityRejected(logger, "body is not JSON", null);
            return new Verdict(null, null, Results.BadRequest());
        }
        catch (IOException)
        {
            // The buffer refused a body longer than announced (or with no Content-Length).
            Log.ActivityRejected(logger, "body too large", null);
            return new Verdict(null, null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        finally
        {
            request.Body.Position = 0;
        }

        if (!ServiceUrls.TryParseUrl(activity.ServiceUrl, out var uri))
        {
            Log.ActivityRejected(logger, "service URL missing or not an absolute http(s) URL", activity.Type);
            return new Verdict(activity.Type, activity.Name, Refuse(activity.Type, activity.Name, activity.Locale, StatusCodes.Status400BadRequest));
        }

        if (!serviceUrls.IsTrusted(uri))
        {
            Log.ActivityRejected(logger, $"service URL host {uri.IdnHost} is not trusted (Bot:AllowedServiceUrls)", activity.Type);
            return new Verdict(activity.Type, activity.Name, Refuse(activity.Type, activity.Name, activity.Locale, StatusCodes.Status403Forbidden));
        }

        return new Verdict(activity.Type, activity.Name, null);
    }

    private static IResult Refuse(string? type, string? name, string? locale, int status)
    {
        if (type == ActivityTypes.Invoke && name == "adaptiveCard/action")
        {
            var invoke = (Microsoft.Bot.Builder.InvokeResponse)ErrorMessage.InvokeResponse(ErrorMessage.For(LocaleExtensions.FromTag(locale))).Value;
            return Results.Content(JsonConvert.SerializeObject(invoke.Body), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status200OK);
        }

        return Results.StatusCode(status);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

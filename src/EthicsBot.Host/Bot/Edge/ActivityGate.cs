namespace EthicsBot.Host.Bot.Edge;

using System.Buffers;
using System.Text;
using EthicsBot.Domain;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

/// <summary>
/// Reads and looks at an incoming activity before the Bot Framework turn: a body that is not a JSON activity, or an
/// activity whose service URL is missing, malformed or untrusted, is answered here and never reaches a turn, so nothing
/// is posted to or stored for that URL. An Adaptive Card action still gets a card, because Teams stops calling a card
/// whose action once got no card back. The body is parsed once, with the Bot Framework's own serializer settings, and
/// the turn runs on that activity: parsing it here and again in the adapter cost a twentieth of a quiz turn.
/// </summary>
internal static class ActivityGate
{
    /// <summary>Teams activities are a few kilobytes; a card action with a long typed text stays far below this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>What the gate saw: the activity when it could read one, and the answer when it refused.</summary>
    public sealed record Verdict(Activity? Activity, IResult? Refusal)
    {
        /// <summary>The activity's type and invoke name, for metrics.</summary>
        public string? Type => Activity?.Type;

        public string? Name => Activity?.Name;
    }

    public static async Task<Verdict> CheckAsync(HttpRequest request, ServiceUrls serviceUrls, ILogger logger, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            Log.ActivityRejected(logger, "body too large", null);
            return new Verdict(null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        Activity? activity;
        try
        {
            activity = await ReadAsync(request, cancellationToken);
        }
        catch (JsonException)
        {
            Log.ActivityRejected(logger, "body is not a JSON object", null);
            return new Verdict(null, Results.BadRequest());
        }
        catch (InvalidDataException)
        {
            // A body longer than MaxBodyBytes without (or despite) its Content-Length.
            Log.ActivityRejected(logger, "body too large", null);
            return new Verdict(null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (string.IsNullOrEmpty(activity?.Type))
        {
            Log.ActivityRejected(logger, "body is not an activity (no type)", null);
            return new Verdict(null, Results.BadRequest());
        }

        if (!ServiceUrls.TryParseUrl(activity.ServiceUrl, out var uri))
        {
            Log.ActivityRejected(logger, "service URL missing or not an absolute http(s) URL", activity.Type);
            return new Verdict(activity, Refuse(activity.Type, activity.Name, activity.Locale, StatusCodes.Status400BadRequest));
        }

        if (!serviceUrls.IsTrusted(uri))
        {
            Log.ActivityRejected(logger, $"service URL host {uri.IdnHost} is not trusted (Bot:AllowedServiceUrls)", activity.Type);
            return new Verdict(activity, Refuse(activity.Type, activity.Name, activity.Locale, StatusCodes.Status403Forbidden));
        }

        return new Verdict(activity, null);
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

    /// <summary>
    /// The body as an activity, read at most <see cref="MaxBodyBytes"/> far (<see cref="InvalidDataException"/> past
    /// that) and deserialized as the Bot Framework adapter would (<see cref="HttpHelper.BotMessageSerializer"/>).
    /// </summary>
    private static async Task<Activity?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxBodyBytes)
                {
                    throw new InvalidDataException("The activity is longer than the gate accepts.");
                }

                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        body.Position = 0;
        using var reader = new JsonTextReader(new StreamReader(body, Encoding.UTF8));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
    }
}

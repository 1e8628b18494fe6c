namespace EthicsBot.Host.Bot.Edge;

using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

/// <summary>
/// Writes a turn's invoke response as the Bot Framework's <see cref="HttpHelper.WriteResponseAsync"/> does (status, and
/// the body as JSON with the Bot Framework's serializer settings), but compact and with its length: the library's
/// writer indents the JSON, copies it through a second buffer and leaves the response chunked, on every card action.
/// </summary>
internal static class InvokeResponseWriter
{
    private static readonly JsonSerializer Compact = JsonSerializer.Create(
        new JsonSerializerSettings(HttpHelper.BotMessageSerializerSettings) { Formatting = Formatting.None });

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null)
        {
            return;
        }

        // A quiz card's response is a few kilobytes: sized once instead of doubling from 256 bytes.
        using var body = new MemoryStream(8 * 1024);
        using (var text = new StreamWriter(body, Utf8, bufferSize: 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(text))
        {
            Compact.Serialize(json, invokeResponse.Body);
        }

        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
    }
}

namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Text;
using EthicsBot.Host.Bot.Edge;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

public sealed class InvokeResponseWriterTests
{
    [Fact]
    public async Task WriteAsync_CardActionResponse_SameJsonAsTheBotFrameworkCompactAndWithItsLength()
    {
        var card = new JRaw("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Câu 2/5 · \\\"An toàn\\\"\"}]}");
        var response = new InvokeResponse
        {
            Status = 200,
            Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = card },
        };

        var (ours, ourContext) = await WriteAsync(context => InvokeResponseWriter.WriteAsync(context.Response, response, CancellationToken.None));
        var (library, _) = await WriteAsync(context => HttpHelper.WriteResponseAsync(context.Response, response));

        Assert.True(JToken.DeepEquals(JToken.Parse(library), JToken.Parse(ours)), ours);
        Assert.DoesNotContain('\n', ours);
        Assert.Equal((200, "application/json", (long?)Encoding.UTF8.GetByteCount(ours)),
            (ourContext.Response.StatusCode, ourContext.Response.ContentType, ourContext.Response.ContentLength));
    }

    [Fact]
    public async Task WriteAsync_NoInvokeResponse_200WithoutBody()
    {
        var (body, context) = await WriteAsync(context => InvokeResponseWriter.WriteAsync(context.Response, null, CancellationToken.None));

        Assert.Equal((200, ""), (context.Response.StatusCode, body));
    }

    [Fact]
    public async Task WriteAsync_StatusWithoutBody_StatusOnly()
    {
        var (body, context) = await WriteAsync(context =>
            InvokeResponseWriter.WriteAsync(context.Response, new InvokeResponse { Status = 501 }, CancellationToken.None));

        Assert.Equal((501, "", null), (context.Response.StatusCode, body, context.Response.ContentType));
    }

    private static async Task<(string Body, HttpContext Context)> WriteAsync(Func<HttpContext, Task> write)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await write(context);
        return (Encoding.UTF8.GetString(body.ToArray()), context);
    }
}

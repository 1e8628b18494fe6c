namespace EthicsBot.TurnBench;

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

/// <summary>
/// The baseline: the smallest useful Bot Builder bot. A message is echoed through the connector; a card action gets a
/// one-line card back in the invoke response, with a "next" button, as the real bot's answered card has.
/// </summary>
internal static class EchoBot
{
    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, Echo>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        app.MapGet("/healthz", () => Results.Ok());
        await app.RunAsync();
    }

    private sealed class Echo : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
            ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
            Task.FromResult(new AdaptiveCardInvokeResponse
            {
                StatusCode = 200,
                Type = "application/vnd.microsoft.card.adaptive",
                Value = new JObject
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "echo: " + invokeValue.Action?.Verb }),
                    ["actions"] = new JArray(new JObject { ["type"] = "Action.Execute", ["verb"] = "next", ["data"] = new JObject() }),
                },
            });
    }
}

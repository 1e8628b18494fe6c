namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Daily.Sending;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Linq;

public sealed class PreserializedCardsTests
{
    [Fact]
    public void Apply_CardMessage_RequestBodyUnchanged()
    {
        using var client = new ConnectorClient(new Uri("https://localhost/"), MicrosoftAppCredentials.Empty);
        var before = SafeJsonConvert.SerializeObject(Message(Card()), client.SerializationSettings);
        var message = Message(Card());

        PreserializedCards.Apply(message);
        var after = SafeJsonConvert.SerializeObject(message, client.SerializationSettings);

        Assert.IsType<JRaw>(message.Attachments[0].Content);
        Assert.True(JToken.DeepEquals(JToken.Parse(before), JToken.Parse(after)), after);
        Assert.Contains("Câu hỏi hằng ngày", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ContentNotAJsonTree_LeftAsItIs()
    {
        var hero = new HeroCard { Title = "x" };
        var message = (Activity)Microsoft.Bot.Builder.MessageFactory.Attachment(new Attachment { ContentType = HeroCard.ContentType, Content = hero });

        PreserializedCards.Apply(message);
        PreserializedCards.Apply(new Activity(ActivityTypes.Typing));

        Assert.Same(hero, message.Attachments[0].Content);
    }

    private static JObject Card() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "Câu hỏi hằng ngày · \"trích dẫn\"\n", ["wrap"] = true, ["size"] = null }),
        ["actions"] = new JArray(new JObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JObject { ["n"] = 1.5, ["ok"] = false } }),
    };

    private static Activity Message(JObject card) =>
        (Activity)Microsoft.Bot.Builder.MessageFactory.Attachment(new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card });
}

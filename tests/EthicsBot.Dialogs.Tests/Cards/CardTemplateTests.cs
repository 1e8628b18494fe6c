namespace EthicsBot.Dialogs.Tests.Cards;

using EthicsBot.Dialogs.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

public sealed class CardTemplateTests
{
    // Quotes, a backslash, a newline, a control character and Vietnamese: everything JSON escaping must get right.
    private const string Awkward = "say \"hi\" \\ to\nLan \u0001 Ủy ban";

    [Fact]
    public void Render_AwkwardValues_EqualsTheCardBuiltWithThem()
    {
        var template = CardTemplate.From(Card(CardTemplate.Placeholder(0), CardTemplate.Placeholder(1)));

        var prepared = template.Render(Awkward, "Câu 2/5 · Tiêu đề");

        Assert.True(JToken.DeepEquals(Card(Awkward, "Câu 2/5 · Tiêu đề"), JObject.Parse(prepared.Json)));
    }

    [Fact]
    public void Render_HeaderOnTheFirstFallbackLine_BecomesTheSummary()
    {
        var template = CardTemplate.From(Card(CardTemplate.Placeholder(0), CardTemplate.Placeholder(1)));

        Assert.Equal("Câu 1/5", template.Render("s-1", "Câu 1/5").Summary);
        Assert.Equal("Question 3 of 5", template.Render("s-2", "Question 3 of 5").Summary);
    }

    [Fact]
    public void Render_CardWithoutPlaceholders_IsTheCardItself()
    {
        var card = Card("fixed-session", "Fixed header");

        var prepared = CardTemplate.From(card).Render();

        Assert.True(JToken.DeepEquals(card, JObject.Parse(prepared.Json)));
        Assert.Equal("Fixed header", prepared.Summary);
    }

    [Fact]
    public void Placeholder_IsNotPlainText()
    {
        // Content can never contain it by accident: private-use delimiters around a per-process nonce.
        Assert.StartsWith("\uE000", CardTemplate.Placeholder(0), StringComparison.Ordinal);
        Assert.NotEqual(CardTemplate.Placeholder(0), CardTemplate.Placeholder(1));
        Assert.True(CardTemplate.Placeholder(0).Length > 32);
    }

    [Fact]
    public void Serialize_PreparedCard_SendsTheSameActivityAndInvokeResponseAsTheTree()
    {
        var tree = Card(Awkward, "Câu 4/5");
        var prepared = CardTemplate.From(Card(CardTemplate.Placeholder(0), CardTemplate.Placeholder(1))).Render(Awkward, "Câu 4/5");

        // The Bot Connector client and the invoke response both serialize with Bot Schema's own converters.
        Assert.True(JToken.DeepEquals(Wire(CardMessage.From(tree)), Wire(CardMessage.From(prepared))));
        Assert.True(JToken.DeepEquals(Wire(Response(tree)), Wire(Response(prepared))));
        Assert.Equal(CardMessage.From(tree).Summary, CardMessage.From(prepared).Summary);
    }

    [Fact]
    public void From_CardMessageOfAValue_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => CardMessage.From(new JValue("not a card")));
    }

    private static JObject Card(string sessionId, string header) => CardJson.Card(
        $"{header}\nQuestion text",
        [CardJson.Text(header, TextStyle.Subtle), CardJson.Text("Question text")],
        [CardJson.Execute("A", new ButtonData { Verb = CardVerbs.Answer, SessionId = sessionId, QuestionId = "q-1", OptionId = "a" })]);

    private static AdaptiveCardInvokeResponse Response(JToken card) => new() { StatusCode = 200, Type = CardJson.ContentType, Value = card };

    private static JToken Wire(object value) => JToken.Parse(JsonConvert.SerializeObject(value));
}

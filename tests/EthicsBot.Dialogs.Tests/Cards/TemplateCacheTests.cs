namespace EthicsBot.Dialogs.Tests.Cards;

using EthicsBot.Dialogs.Cards;
using Newtonsoft.Json.Linq;

public sealed class TemplateCacheTests
{
    [Fact]
    public void GetOrAdd_SameKey_BuildsOnce()
    {
        var cache = new TemplateCache<string>(4);
        var builds = 0;

        var first = cache.GetOrAdd("q-1", Build);
        var second = cache.GetOrAdd("q-1", Build);

        Assert.Same(first, second);
        Assert.Equal(1, builds);

        CardTemplate Build(string key)
        {
            builds++;
            return Template(key);
        }
    }

    [Fact]
    public void GetOrAdd_ManyMoreKeysThanCapacity_NeverHoldsMoreThanCapacity()
    {
        var cache = new TemplateCache<int>(3);

        for (var key = 0; key < 50; key++)
        {
            var template = cache.GetOrAdd(key, k => Template($"q-{k}"));
            Assert.Equal($"q-{key}", (string?)JObject.Parse(template.Render().Json)["fallbackText"]);
            Assert.InRange(cache.Count, 0, 3);
        }
    }

    [Fact]
    public void GetOrAdd_AfterTheCacheStartedOver_CachesAgain()
    {
        var cache = new TemplateCache<int>(2);
        for (var key = 0; key < 3; key++)
        {
            cache.GetOrAdd(key, k => Template($"q-{k}"));
        }

        var again = cache.GetOrAdd(7, k => Template($"q-{k}"));

        Assert.Same(again, cache.GetOrAdd(7, _ => throw new InvalidOperationException("built twice")));
    }

    [Fact]
    public void Constructor_ZeroCapacity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateCache<int>(0));
    }

    private static CardTemplate Template(string text) => CardTemplate.From(CardJson.Card(text, [CardJson.Text(text)]));
}

namespace EthicsBot.Dialogs.Units;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Units;
using Newtonsoft.Json.Linq;

/// <summary>The user's unit, a search box, and one button per match to pick it.</summary>
public static class UnitCard
{
    public const int MaxResults = 8;

    public static JObject Build(
        UiStrings strings, string? currentPath, string? query, IReadOnlyList<(Unit Unit, string Path)> results, string? notice, TextStyle noticeStyle)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(results);
        var body = new List<JObject> { CardJson.Text(strings.UnitTitle, TextStyle.Title) };
        var plain = new List<string> { strings.UnitTitle };
        if (notice is not null)
        {
            body.Add(CardJson.Text(notice, noticeStyle));
            plain.Add(notice);
        }

        var current = currentPath ?? strings.UnitNone;
        body.Add(CardJson.Facts([(strings.UnitCurrentLabel, current)]));
        plain.Add($"{strings.UnitCurrentLabel}: {current}");
        if (results.Count > 0)
        {
            body.Add(CardJson.Text(strings.UnitResults));
            body.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(results.Select(r => CardJson.Submit(r.Path, new ButtonData { Verb = CardVerbs.Unit, UnitId = r.Unit.Id }))),
            });
            plain.AddRange(results.Select(r => "• " + r.Path));
        }
        else if (!string.IsNullOrWhiteSpace(query))
        {
            body.Add(CardJson.Text(strings.UnitNoMatch(query), TextStyle.Warning));
            plain.Add(strings.UnitNoMatch(query));
        }

        body.Add(CardJson.Text(strings.UnitSearchHint, TextStyle.Subtle));
        body.Add(new JObject
        {
            ["type"] = "Input.Text",
            ["id"] = "unitQuery",
            ["placeholder"] = strings.UnitSearchPlaceholder,
            ["value"] = query ?? string.Empty,
            ["maxLength"] = 100,
        });
        plain.Add(strings.UnitSearchHint);
        return CardJson.Card(string.Join('\n', plain), body, [CardJson.Submit(strings.UnitSearchButton, new ButtonData { Verb = CardVerbs.Unit })]);
    }
}

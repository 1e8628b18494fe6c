namespace EthicsBot.Dialogs.Cards;

using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// A card written to JSON once, with placeholders where per-session values go (the session id in button data, the
/// "question 2 of 5" header). Rendering splices the values in, JSON-escaped, instead of building and walking a tree.
/// </summary>
public sealed class CardTemplate
{
    // A nonce per process: no content text can contain it, so a placeholder is never confused with card text.
    private static readonly string Nonce = Guid.NewGuid().ToString("N");

    private readonly Segment[] json;
    private readonly Segment[] fallback;

    private CardTemplate(Segment[] json, Segment[] fallback)
    {
        this.json = json;
        this.fallback = fallback;
    }

    /// <summary>The text a builder gets in place of value number <paramref name="slot"/>.</summary>
    public static string Placeholder(int slot) => string.Create(CultureInfo.InvariantCulture, $"\uE000{Nonce}:{slot}\uE001");

    public static CardTemplate From(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new CardTemplate(Split(card.ToString(Formatting.None)), Split((string?)card["fallbackText"] ?? string.Empty));
    }

    /// <summary>The card with <paramref name="values"/> in its placeholders, and the first line of its fallback text as summary.</summary>
    public PreparedCard Render(params ReadOnlySpan<string> values)
    {
        var escaped = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var quoted = JsonConvert.ToString(values[i]);
            escaped[i] = quoted[1..^1];
        }

        var text = Join(fallback, values);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new PreparedCard(Join(json, escaped), newline < 0 ? text : text[..newline]);
    }

    private static string Join(Segment[] segments, ReadOnlySpan<string> values)
    {
        var length = 0;
        foreach (var segment in segments)
        {
            length += segment.Text.Length + (segment.Slot < 0 ? 0 : values[segment.Slot].Length);
        }

        var builder = new StringBuilder(length);
        foreach (var segment in segments)
        {
            builder.Append(segment.Text);
            if (segment.Slot >= 0)
            {
                builder.Append(values[segment.Slot]);
            }
        }

        return builder.ToString();
    }

    private static Segment[] Split(string text)
    {
        var segments = new List<Segment>();
        var marker = "\uE000" + Nonce + ":";
        var start = 0;
        while (text.IndexOf(marker, start, StringComparison.Ordinal) is var at and >= 0)
        {
            var end = text.IndexOf('\uE001', at);
            var slot = int.Parse(text.AsSpan(at + marker.Length, end - at - marker.Length), CultureInfo.InvariantCulture);
            segments.Add(new Segment(text[start..at], slot));
            start = end + 1;
        }

        segments.Add(new Segment(text[start..], -1));
        return [.. segments];
    }

    /// <summary>Literal text followed by the value of <see cref="Slot"/> (-1: none, the last segment).</summary>
    private readonly record struct Segment(string Text, int Slot);
}

namespace EthicsBot.Dialogs.Cards;

using System.Globalization;
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
    private readonly Segment[] summary;

    private CardTemplate(Segment[] json, Segment[] summary)
    {
        this.json = json;
        this.summary = summary;
    }

    /// <summary>The text a builder gets in place of value number <paramref name="slot"/>.</summary>
    public static string Placeholder(int slot) => string.Create(CultureInfo.InvariantCulture, $"\uE000{Nonce}:{slot}\uE001");

    public static CardTemplate From(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        // A placeholder holds no line break, so the template's first fallback line holds the summary's placeholders.
        var fallback = (string?)card["fallbackText"] ?? string.Empty;
        var newline = fallback.IndexOf('\n', StringComparison.Ordinal);
        return new CardTemplate(Split(card.ToString(Formatting.None)), Split(newline < 0 ? fallback : fallback[..newline]));
    }

    /// <summary>The card with <paramref name="values"/> in its placeholders, and the first line of its fallback text as summary.</summary>
    public PreparedCard Render(params ReadOnlySpan<string> values)
    {
        var raw = values.ToArray();
        var escaped = new string[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            escaped[i] = NeedsEscaping(raw[i]) ? JsonConvert.ToString(raw[i])[1..^1] : raw[i];
        }

        var line = Join(summary, raw);
        var newline = line.IndexOf('\n', StringComparison.Ordinal);
        return new PreparedCard(Join(json, escaped), newline < 0 ? line : line[..newline]);
    }

    // Session ids and headers rarely hold anything JSON escapes; checking is cheaper than escaping.
    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c is '"' or '\\' or '\u0085' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(Segment[] segments, string[] values)
    {
        var length = 0;
        foreach (var segment in segments)
        {
            length += segment.Text.Length + (segment.Slot < 0 ? 0 : values[segment.Slot].Length);
        }

        return string.Create(length, (segments, values), static (span, state) =>
        {
            foreach (var segment in state.segments)
            {
                segment.Text.CopyTo(span);
                span = span[segment.Text.Length..];
                if (segment.Slot >= 0)
                {
                    var value = state.values[segment.Slot];
                    value.CopyTo(span);
                    span = span[value.Length..];
                }
            }
        });
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

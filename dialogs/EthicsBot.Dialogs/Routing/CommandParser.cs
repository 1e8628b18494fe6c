namespace EthicsBot.Dialogs.Routing;

using System.Text;
using EthicsBot.Domain.Text;

/// <summary>
/// Typed text to a command. Matching happens on folded text (TextNormalizer), so "Bắt đầu", "bat dau" and
/// "BẮT ĐẦU!" are one command; Vietnamese and English words work in either language setting.
/// </summary>
public static class CommandParser
{
    public static Command Parse(string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded == "?")
        {
            return new HelpCommand();
        }

        var words = Clean(folded);
        if (words.Length == 0)
        {
            return new UnknownCommand();
        }

        if (CommandTable.ByPhrase.TryGetValue(words, out var route) && route.FromPhrase() is { } phrased)
        {
            return phrased;
        }

        var typed = new TypedText(text!, words);
        // Command patterns first, in table order; free-text kinds only take what no command claimed.
        foreach (var freeText in new[] { false, true })
        {
            foreach (var candidate in CommandTable.Routes)
            {
                if (candidate.FreeText == freeText && candidate.FromPattern(typed) is { } command)
                {
                    return command;
                }
            }
        }

        return new UnknownCommand();
    }

    /// <summary>"1"–"4" or "a"–"d" as an option id (content allows at most four options, a to d).</summary>
    public static string? AsOption(string word) => word switch
    {
        "1" => "a",
        "2" => "b",
        "3" => "c",
        "4" => "d",
        "a" or "b" or "c" or "d" => word,
        _ => null,
    };

    /// <summary>The rest after one of the prefixes ("" when nothing follows), or null when none matches.</summary>
    internal static string? AfterPrefix(string words, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (words == prefix)
            {
                return string.Empty;
            }

            if (words.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                return words[(prefix.Length + 1)..];
            }
        }

        return null;
    }

    // Punctuation around commands ("tại sao?", "đáp án: b", "quiz!") carries no meaning; dashes do (topic ids).
    private static string Clean(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '-' ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

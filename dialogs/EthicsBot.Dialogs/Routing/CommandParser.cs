namespace EthicsBot.Dialogs.Routing;

using System.Text;
using EthicsBot.Domain;
using EthicsBot.Domain.Text;

/// <summary>
/// Typed text to a command. Matching happens on folded text (TextNormalizer), so "Bắt đầu", "bat dau" and
/// "BẮT ĐẦU!" are one command; Vietnamese and English words work in either language setting.
/// </summary>
public static class CommandParser
{
    private static readonly string[] QuizWords = ["quiz", "bat dau", "kiem tra", "lam bai", "start"];
    private static readonly string[] AnswerWords = ["dap an", "answer", "chon", "phuong an", "option"];
    private static readonly string[] LanguageWords = ["language", "ngon ngu", "lang"];

    private static readonly Dictionary<string, Command> Phrases = Build(
        (new HelpCommand(), ["help", "tro giup", "huong dan", "menu", "lenh", "commands"]),
        (new GreetingCommand(), ["hi", "hello", "xin chao", "chao", "chao bot", "welcome"]),
        (new NextCommand(), ["next", "tiep", "tiep theo", "cau tiep", "cau tiep theo", "tiep tuc", "continue"]),
        (new ProgressCommand(), ["progress", "tien do", "ket qua", "thong ke", "stats"]),
        (new WhyCommand(), ["why", "tai sao", "vi sao", "giai thich", "explain"]),
        (new MyDataCommand(), ["my data", "du lieu cua toi", "xem du lieu", "du lieu"]),
        (new DeleteDataCommand(), ["delete my data", "xoa du lieu cua toi", "xoa du lieu", "delete data"]),
        (new ConfirmDeleteCommand(), ["confirm delete", "xac nhan xoa", "dong y xoa"]),
        (new StopCommand(), ["stop", "cancel", "huy", "dung", "dung lai", "thoi", "ket thuc"]),
        (new LanguageCommand(Locale.En), ["english", "tieng anh"]),
        (new LanguageCommand(Locale.Vi), ["tieng viet", "vietnamese"]));

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

        if (Phrases.TryGetValue(words, out var command))
        {
            return command;
        }

        if (AsOption(words) is { } option)
        {
            return new AnswerCommand(option);
        }

        if (AfterPrefix(words, AnswerWords) is { } answered && AsOption(answered) is { } chosen)
        {
            return new AnswerCommand(chosen);
        }

        if (DailyCommandParser.Parse(words) is { } daily)
        {
            return daily;
        }

        if (AfterPrefix(words, QuizWords) is { } topic)
        {
            return new StartQuizCommand(topic.Length == 0 ? null : topic);
        }

        if (AfterPrefix(words, LanguageWords) is { } language)
        {
            return new LanguageCommand(LocaleFrom(language));
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

    private static Locale? LocaleFrom(string word) => word switch
    {
        "en" or "english" or "tieng anh" or "anh" => Locale.En,
        "vi" or "vietnamese" or "tieng viet" or "viet" => Locale.Vi,
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

    private static Dictionary<string, Command> Build(params (Command Command, string[] Phrases)[] entries) =>
        entries.SelectMany(e => e.Phrases.Select(p => (p, e.Command))).ToDictionary(x => x.p, x => x.Command, StringComparer.Ordinal);
}

namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Ask;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Feedback;
using EthicsBot.Dialogs.Privacy;
using EthicsBot.Domain;

/// <summary>
/// Every command the bot understands, in help-card order: typed words, button verb, help line and handler
/// side by side. Adding a command or input kind means adding its record to Command.cs and one entry here;
/// RouteTableTests fail when a command type, a card verb or a help line has no entry.
/// </summary>
public static class CommandTable
{
    // Above the table: static fields initialise in text order.
    private static readonly string[] QuizWords = ["quiz", "bat dau", "kiem tra", "lam bai", "start"];
    private static readonly string[] AnswerWords = ["dap an", "answer", "chon", "phuong an", "option"];
    private static readonly string[] LanguageWords = ["language", "ngon ngu", "lang"];
    private static readonly string[] UnitWords = ["don vi", "unit"];

    public static readonly IReadOnlyList<CommandRoute> Routes =
    [
        new CommandRoute<StartQuizCommand>((f, input, c, ct) => f.Quiz.StartAsync(input, c.Topic, ct))
        {
            Pattern = text => CommandParser.AfterPrefix(text.Words, QuizWords) is { } topic ? new StartQuizCommand(topic.Length == 0 ? null : topic) : null,
            PatternWordsVi = ["bat dau", "kiem tra", "lam bai"],
            Verb = CardVerbs.Quiz,
            Button = data => new StartQuizCommand(data.TopicId),
            Help = [new("bắt đầu · kiểm tra · quiz", (s, length) => s.HelpQuiz(length)), new("bắt đầu du-lieu · quiz ai", (s, _) => s.HelpQuizTopic)],
        },
        new CommandRoute<AnswerCommand>((f, input, c, ct) => f.Answers.AnswerAsync(input, c, ct))
        {
            Pattern = text => CommandParser.AsOption(text.Words) is { } option ? new AnswerCommand(option)
                : CommandParser.AfterPrefix(text.Words, AnswerWords) is { } rest && CommandParser.AsOption(rest) is { } chosen ? new AnswerCommand(chosen)
                : null,
            PatternWordsVi = ["dap an", "chon", "phuong an"],
            Verb = CardVerbs.Answer,
            // A card answer always names its session and question; a missing one is treated as unknown, never as "current".
            Button = data => new AnswerCommand(data.OptionId ?? string.Empty, data.SessionId ?? string.Empty, data.QuestionId ?? string.Empty),
            Help = [new("1–4 · a–d · đáp án b · answer c", (s, _) => s.HelpAnswer)],
        },
        new CommandRoute<NextCommand>((f, input, c, ct) => f.Quiz.NextAsync(input, c, ct))
        {
            Create = () => new NextCommand(),
            Vi = ["tiep", "tiep theo", "cau tiep", "cau tiep theo", "tiep tuc"],
            En = ["next", "continue"],
            Verb = CardVerbs.Next,
            Button = data => new NextCommand(data.SessionId ?? string.Empty, data.QuestionId ?? string.Empty),
            Help = [new("tiếp · next", (s, _) => s.HelpNext)],
        },
        new CommandRoute<WhyCommand>((f, input, _, ct) => f.Explain.ExplainAsync(input, ct))
        {
            Create = () => new WhyCommand(),
            Vi = ["tai sao", "vi sao", "giai thich"],
            En = ["why", "explain"],
            Help = [new("tại sao · why", (s, _) => s.HelpWhy)],
        },
        new CommandRoute<ReportCommand>((f, input, c, ct) => f.Feedback.ReportAsync(input, c, ct))
        {
            Pattern = ReportWords.Parse,
            PatternWordsVi = ["bao loi"],
            Verb = CardVerbs.Report,
            // A card report always names its session and question; a missing one is treated as unknown.
            Button = data => new ReportCommand(ReportWords.FromCode(data.Reason), data.Note, data.SessionId ?? string.Empty, data.QuestionId ?? string.Empty),
            Help = [new("báo lỗi · report", (s, _) => s.HelpReport)],
        },
        new CommandRoute<ProgressCommand>((f, input, _, ct) => f.Progress.ShowAsync(input, ct))
        {
            Create = () => new ProgressCommand(),
            Vi = ["tien do", "ket qua", "thong ke"],
            En = ["progress", "stats"],
            Verb = CardVerbs.Progress,
            Button = _ => new ProgressCommand(),
            Help = [new("tiến độ · progress", (s, _) => s.HelpProgress)],
        },
        new CommandRoute<DailyCommand>((f, input, c, ct) => f.Daily.HandleAsync(input, c, ct))
        {
            Pattern = text => DailyCommandParser.Parse(text.Words),
            PatternWordsVi = [.. DailyCommandParser.VietnameseWords],
            Verb = CardVerbs.Daily,
            Button = data => DailyCommandParser.FromSetting(data.Setting),
            Help = [new("nhắc hằng ngày · daily", (s, _) => s.HelpDaily)],
        },
        new CommandRoute<StopCommand>((f, input, _, ct) =>
            input.State.DeleteRequestedAt is not null ? Task.FromResult(PrivacyFlow.Cancel(input)) : f.Quiz.StopAsync(input, ct))
        {
            Create = () => new StopCommand(),
            Vi = ["huy", "dung", "dung lai", "thoi", "ket thuc"],
            En = ["stop", "cancel"],
            Help = [new("dừng · huỷ · stop", (s, _) => s.HelpStop)],
        },
        new CommandRoute<LanguageCommand>((f, input, c, ct) => f.Language.SwitchAsync(input, c.Locale, ct))
        {
            // A language name alone switches; "anh" or "vi" alone mean too many other things to be a command.
            Pattern = text => text.Words is "english" or "tieng anh" or "tieng viet" or "vietnamese" ? new LanguageCommand(LocaleFrom(text.Words))
                : CommandParser.AfterPrefix(text.Words, LanguageWords) is { } rest ? new LanguageCommand(LocaleFrom(rest))
                : null,
            PatternWordsVi = ["tieng viet", "tieng anh", "ngon ngu"],
            Verb = CardVerbs.Language,
            Button = data => new LanguageCommand(data.Locale switch { "vi" => Locale.Vi, "en" => Locale.En, _ => null }),
            Help = [new("tiếng việt · english · ngôn ngữ vi|en", (s, _) => s.HelpLanguage)],
        },
        new CommandRoute<UnitCommand>((f, input, c, ct) => f.Units.HandleAsync(input, c, ct))
        {
            Pattern = text => CommandParser.AfterPrefix(text.Words, UnitWords) is { } query ? new UnitCommand(query.Length == 0 ? null : query) : null,
            PatternWordsVi = ["don vi"],
            Verb = CardVerbs.Unit,
            Button = data => new UnitCommand(string.IsNullOrWhiteSpace(data.UnitQuery) ? null : data.UnitQuery, data.UnitId),
            Help = [new("đơn vị · unit", (s, _) => s.HelpUnit)],
        },
        new CommandRoute<MyDataCommand>((f, input, _, ct) => f.Privacy.ShowAsync(input, ct))
        {
            Create = () => new MyDataCommand(),
            Vi = ["du lieu cua toi", "xem du lieu", "du lieu"],
            En = ["my data"],
            Help = [new("dữ liệu của tôi · my data", (s, _) => s.HelpMyData)],
        },
        new CommandRoute<DeleteDataCommand>((f, input, _, _) => Task.FromResult(f.Privacy.RequestDelete(input)))
        {
            Create = () => new DeleteDataCommand(),
            Vi = ["xoa du lieu cua toi", "xoa du lieu"],
            En = ["delete my data", "delete data"],
            Verb = CardVerbs.DeleteData,
            Button = _ => new DeleteDataCommand(),
            Help = [new("xoá dữ liệu của tôi · delete my data", (s, _) => s.HelpDelete)],
        },
        new CommandRoute<ConfirmDeleteCommand>((f, input, _, ct) => f.Privacy.ConfirmAsync(input, ct))
        {
            Create = () => new ConfirmDeleteCommand(),
            Vi = ["xac nhan xoa", "dong y xoa"],
            En = ["confirm delete"],
            Verb = CardVerbs.ConfirmDelete,
            Button = _ => new ConfirmDeleteCommand(),
            NotInHelp = "The delete card asks for it, right when it counts.",
        },
        new CommandRoute<CancelDeleteCommand>((_, input, _, _) => Task.FromResult(PrivacyFlow.Cancel(input)))
        {
            Verb = CardVerbs.CancelDelete,
            Button = _ => new CancelDeleteCommand(),
        },
        new CommandRoute<HelpCommand>((f, input, _, _) => Task.FromResult(f.Welcome.Help(input)))
        {
            Create = () => new HelpCommand(),
            Vi = ["tro giup", "huong dan", "lenh"],
            En = ["help", "menu", "commands"],
            Verb = CardVerbs.Help,
            Button = _ => new HelpCommand(),
            NotInHelp = "It is the help card itself.",
        },
        new CommandRoute<GreetingCommand>((f, input, _, _) => Task.FromResult(f.Welcome.Welcome(input)))
        {
            Create = () => new GreetingCommand(),
            Vi = ["xin chao", "chao", "chao bot"],
            En = ["hi", "hello", "welcome"],
            NotInHelp = "Greetings need no instructions.",
        },
        new CommandRoute<ScenarioCommand>((f, input, c, ct) => f.Quiz.StartScenarioAsync(input, c.QuestionId, ct))
        {
            Verb = CardVerbs.Scenario,
            Button = data => new ScenarioCommand(data.QuestionId ?? string.Empty),
        },
        new CommandRoute<AskCommand>((f, input, c, ct) => f.Ask.AskAsync(input, c, ct))
        {
            FreeText = true,
            Pattern = text => AskFlow.IsQuestion(text) ? new AskCommand(text.Original.Trim()) : null,
            Help = [new("gõ câu hỏi · type a question", (s, _) => s.HelpAsk)],
        },
        new CommandRoute<UnknownCommand>((f, input, _, _) => Task.FromResult(f.Welcome.Unknown(input))),
    ];

    public static CommandRoute For(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ByType[command.GetType()];
    }

    internal static readonly IReadOnlyDictionary<Type, CommandRoute> ByType = Routes.ToDictionary(r => r.CommandType);

    internal static readonly IReadOnlyDictionary<string, CommandRoute> ByVerb =
        Routes.Where(r => r.Verb is not null).ToDictionary(r => r.Verb!, StringComparer.Ordinal);

    // Building the dictionary throws on a phrase claimed twice, so a clash fails the first test that parses anything.
    internal static readonly IReadOnlyDictionary<string, CommandRoute> ByPhrase =
        Routes.SelectMany(r => r.Vi.Concat(r.En).Select(p => (p, r))).ToDictionary(x => x.p, x => x.r, StringComparer.Ordinal);

    private static Locale? LocaleFrom(string word) => word switch
    {
        "en" or "english" or "tieng anh" or "anh" => Locale.En,
        "vi" or "vietnamese" or "tieng viet" or "viet" => Locale.Vi,
        _ => null,
    };
}

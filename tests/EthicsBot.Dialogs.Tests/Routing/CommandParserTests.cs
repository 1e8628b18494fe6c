namespace EthicsBot.Dialogs.Tests.Routing;

using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("quiz")]
    [InlineData("Quiz")]
    [InlineData("bắt đầu")]
    [InlineData("BẮT ĐẦU!")]
    [InlineData("bat dau")]
    [InlineData("kiểm tra")]
    [InlineData("kiem tra")]
    [InlineData("  làm   bài ")]
    public void Parse_QuizWords_StartQuizWithoutTopic(string text) =>
        Assert.Equal(new StartQuizCommand(null), CommandParser.Parse(text));

    [Theory]
    [InlineData("quiz ai", "ai")]
    [InlineData("bắt đầu du-lieu", "du-lieu")]
    [InlineData("Kiểm tra An toàn thông tin", "an toan thong tin")]
    public void Parse_QuizWithTopic_KeepsTheFoldedTopicWords(string text, string topic) =>
        Assert.Equal(new StartQuizCommand(topic), CommandParser.Parse(text));

    [Theory]
    [InlineData("1", "a")]
    [InlineData("2", "b")]
    [InlineData("3", "c")]
    [InlineData("4", "d")]
    [InlineData("a", "a")]
    [InlineData("B", "b")]
    [InlineData("đáp án b", "b")]
    [InlineData("Đáp án: C", "c")]
    [InlineData("dap an d", "d")]
    [InlineData("answer c", "c")]
    [InlineData("answer 2", "b")]
    [InlineData("chọn a", "a")]
    [InlineData("b.", "b")]
    public void Parse_AnswerForms_AnswerTheCurrentQuestion(string text, string optionId) =>
        Assert.Equal(new AnswerCommand(optionId), CommandParser.Parse(text));

    [Theory]
    [InlineData("5")]
    [InlineData("e")]
    [InlineData("đáp án")]
    [InlineData("answer z")]
    public void Parse_NotAnOption_IsUnknown(string text) =>
        Assert.IsType<UnknownCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("english", Locale.En)]
    [InlineData("Tiếng Anh", Locale.En)]
    [InlineData("language en", Locale.En)]
    [InlineData("ngôn ngữ english", Locale.En)]
    [InlineData("tiếng việt", Locale.Vi)]
    [InlineData("tieng viet", Locale.Vi)]
    [InlineData("language vi", Locale.Vi)]
    [InlineData("ngôn ngữ tiếng việt", Locale.Vi)]
    public void Parse_LanguageForms_SwitchLanguage(string text, Locale locale) =>
        Assert.Equal(new LanguageCommand(locale), CommandParser.Parse(text));

    [Theory]
    [InlineData("language")]
    [InlineData("ngôn ngữ")]
    [InlineData("language klingon")]
    public void Parse_LanguageWithoutKnownChoice_AsksWhichOne(string text) =>
        Assert.Equal(new LanguageCommand(null), CommandParser.Parse(text));

    [Theory]
    [InlineData("help", typeof(HelpCommand))]
    [InlineData("?", typeof(HelpCommand))]
    [InlineData("trợ giúp", typeof(HelpCommand))]
    [InlineData("xin chào", typeof(GreetingCommand))]
    [InlineData("next", typeof(NextCommand))]
    [InlineData("tiếp", typeof(NextCommand))]
    [InlineData("Câu tiếp theo", typeof(NextCommand))]
    [InlineData("progress", typeof(ProgressCommand))]
    [InlineData("tiến độ", typeof(ProgressCommand))]
    [InlineData("tien do", typeof(ProgressCommand))]
    [InlineData("why", typeof(WhyCommand))]
    [InlineData("Tại sao?", typeof(WhyCommand))]
    [InlineData("my data", typeof(MyDataCommand))]
    [InlineData("dữ liệu của tôi", typeof(MyDataCommand))]
    [InlineData("delete my data", typeof(DeleteDataCommand))]
    [InlineData("xoá dữ liệu của tôi", typeof(DeleteDataCommand))]
    [InlineData("xóa dữ liệu của tôi", typeof(DeleteDataCommand))]
    [InlineData("xác nhận xoá", typeof(ConfirmDeleteCommand))]
    [InlineData("confirm delete", typeof(ConfirmDeleteCommand))]
    [InlineData("dừng", typeof(StopCommand))]
    [InlineData("huỷ", typeof(StopCommand))]
    [InlineData("hủy", typeof(StopCommand))]
    [InlineData("stop", typeof(StopCommand))]
    [InlineData("", typeof(UnknownCommand))]
    [InlineData(null, typeof(UnknownCommand))]
    [InlineData("thời tiết hôm nay thế nào", typeof(AskCommand))]
    [InlineData("zalo?", typeof(UnknownCommand))]
    [InlineData("ok thanks", typeof(UnknownCommand))]
    [InlineData("chụp công văn?", typeof(AskCommand))]
    public void Parse_CommandWords_MapToTheirCommand(string? text, Type expected) =>
        Assert.IsType(expected, CommandParser.Parse(text));
}

namespace EthicsBot.Dialogs.Tests.Daily;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Routing;

public sealed class DailyCommandParserTests
{
    [Theory]
    [InlineData("nhắc hằng ngày")]
    [InlineData("Nhac hang ngay")]
    [InlineData("daily")]
    [InlineData("câu hỏi hằng ngày")]
    public void Parse_DailyWordsAlone_ShowTheSettings(string text) =>
        Assert.Equal(new DailyCommand(DailyAction.Show), CommandParser.Parse(text));

    [Theory]
    [InlineData("daily on", DailyAction.On)]
    [InlineData("nhắc hằng ngày bật", DailyAction.On)]
    [InlineData("daily off", DailyAction.Off)]
    [InlineData("nhắc hằng ngày tắt", DailyAction.Off)]
    [InlineData("daily resume", DailyAction.Resume)]
    [InlineData("nhắc hằng ngày tiếp tục", DailyAction.Resume)]
    public void Parse_Switches_MapToTheirAction(string text, DailyAction action) =>
        Assert.Equal(new DailyCommand(action), CommandParser.Parse(text));

    [Theory]
    [InlineData("daily 8:30", 8, 30)]
    [InlineData("nhắc hằng ngày 8h30", 8, 30)]
    [InlineData("nhắc hằng ngày lúc 9 giờ", 9, 0)]
    [InlineData("daily at 07.45", 7, 45)]
    [InlineData("hằng ngày 14", 14, 0)]
    public void Parse_Time_SetsTheDeliveryTime(string text, int hour, int minute) =>
        Assert.Equal(new DailyCommand(DailyAction.SetTime, Time: new TimeOnly(hour, minute)), CommandParser.Parse(text));

    [Theory]
    [InlineData("tạm dừng 5 ngày", 5)]
    [InlineData("pause 3 days", 3)]
    [InlineData("pause 1 day", 1)]
    [InlineData("daily pause 10", 10)]
    [InlineData("nhắc hằng ngày tạm dừng 7 ngày", 7)]
    public void Parse_Pause_CarriesTheDays(string text, int days) =>
        Assert.Equal(new DailyCommand(DailyAction.Pause, Days: days), CommandParser.Parse(text));

    [Theory]
    [InlineData("daily 25:00")]
    [InlineData("daily sometimes")]
    [InlineData("tạm dừng")]
    [InlineData("pause a while")]
    public void Parse_UnreadableArgument_ShowsSettingsAsInvalid(string text) =>
        Assert.Equal(new DailyCommand(DailyAction.Show, Invalid: true), CommandParser.Parse(text));

    [Theory]
    [InlineData("daily \u0668:\u0663\u0660")]
    [InlineData("nhắc hằng ngày \uff18\uff1a\uff13\uff10")]
    [InlineData("daily \u096e:\u0969\u0966")]
    public void Parse_TimeInDigitsOfAnotherScript_ReadsAsThatTime(string text) =>
        Assert.Equal(new DailyCommand(DailyAction.SetTime, Time: new TimeOnly(8, 30)), CommandParser.Parse(text));

    [Theory]
    [InlineData("daily 8:3\u200b0")]
    [InlineData("daily \u202e8:30")]
    [InlineData("daily 99999999999999999999")]
    [InlineData("tạm dừng 99999999999999 ngày")]
    public void Parse_OddDigitsAndMarks_NeverThrow(string text) =>
        Assert.NotNull(CommandParser.Parse(text));
}

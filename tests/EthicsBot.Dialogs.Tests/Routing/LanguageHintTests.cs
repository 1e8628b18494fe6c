namespace EthicsBot.Dialogs.Tests.Routing;

using EthicsBot.Dialogs.Routing;

public sealed class LanguageHintTests
{
    [Theory]
    [InlineData("bắt đầu")]
    [InlineData("Tiến độ")]
    [InlineData("bat dau")]
    [InlineData("tien do")]
    [InlineData("dap an b")]
    [InlineData("nhắc lúc 7:30")]
    [InlineData("toi co duoc chup cong van gui nhom zalo co quan khong")]
    public void IsVietnamese_VietnameseCommand_True(string text) => Assert.True(LanguageHint.IsVietnamese(text));

    [Theory]
    [InlineData("quiz")]
    [InlineData("Can I send a photo of a confidential document to my boss on Zalo?")]
    [InlineData("progress")]
    [InlineData("2")]
    [InlineData("b")]
    [InlineData("")]
    [InlineData(null)]
    public void IsVietnamese_EnglishOrNeutral_False(string? text) => Assert.False(LanguageHint.IsVietnamese(text));
}

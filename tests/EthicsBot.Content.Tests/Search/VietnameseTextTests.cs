namespace EthicsBot.Content.Tests.Search;

using EthicsBot.Content.Search;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Bảo vệ bí mật Nhà nước", "bao ve bi mat nha nuoc")]
    [InlineData("  Đăng — chia sẻ, bình luận!  ", "dang chia se binh luan")]
    [InlineData("sm-001", "sm 001")]
    [InlineData("...", "")]
    public void Normalize_FoldsCaseDiacriticsAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(text));
    }

    [Fact]
    public void Words_SplitsFoldedText()
    {
        Assert.Equal(["chi", "lan", "lam", "gi"], VietnameseText.Words("Chị Lan làm gì?"));
    }
}

namespace EthicsBot.Domain.Tests.Text;

using EthicsBot.Domain.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Bắt đầu")]
    [InlineData("bat dau")]
    [InlineData("BẮT ĐẦU")]
    [InlineData("  bắt   đầu  ")]
    [InlineData("Bắt\tđầu\n")]
    [InlineData("bắt\u00a0đầu")] // no-break space, as Teams sometimes sends
    [InlineData("Ba\u0306\u0301t đa\u0302\u0300u")] // decomposed input from some keyboards
    public void Normalize_SpellingsOfBatDau_AllBatDau(string typed) =>
        Assert.Equal("bat dau", TextNormalizer.Normalize(typed));

    [Theory]
    [InlineData("Đ", "d")]
    [InlineData("đạo đức", "dao duc")]
    [InlineData("Tạm dừng 5 ngày", "tam dung 5 ngay")]
    [InlineData("Quiz: mạng xã hội!", "quiz: mang xa hoi!")]
    public void Normalize_VietnameseText_FoldsToPlainLowerAscii(string typed, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(typed));

    [Fact]
    public void Normalize_ZeroWidthCharacters_Removed() =>
        Assert.Equal("tien do", TextNormalizer.Normalize("\u200btiến\u200d độ\ufeff"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_NothingTyped_Empty(string? typed) =>
        Assert.Equal(string.Empty, TextNormalizer.Normalize(typed));

    [Fact]
    public void AreEquivalent_DiacriticsAndCaseDiffer_True() =>
        Assert.True(TextNormalizer.AreEquivalent("Tiến độ", "TIEN DO"));

    [Fact]
    public void AreEquivalent_DifferentWords_False() =>
        Assert.False(TextNormalizer.AreEquivalent("tiến độ", "tiếp tục"));

    [Theory]
    [InlineData("daily \u0668:\u0663\u0660", "daily 8:30")]
    [InlineData("nhắc hằng ngày \uff18\uff1a\uff13\uff10", "nhac hang ngay 8:30")]
    [InlineData("tạm dừng \u096b ngày", "tam dung 5 ngay")]
    public void Normalize_DigitsOfOtherScriptsAndFullWidthForms_BecomeAscii(string typed, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(typed));
}

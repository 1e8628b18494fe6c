namespace EthicsBot.Domain.Tests.Text;

using System.Text;
using EthicsBot.Domain.Text;

public sealed class VietnameseSpellingTests
{
    [Theory]
    [InlineData("hoà giải", "hòa giải")]
    [InlineData("Cộng hoà", "Cộng hòa")]
    [InlineData("xoá dữ liệu", "xóa dữ liệu")]
    [InlineData("sức khoẻ", "sức khỏe")]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("kế hoạch", "kế hoạch")]
    [InlineData("toàn bộ", "toàn bộ")]
    [InlineData("quý", "quý")]
    [InlineData("khuya", "khuya")]
    [InlineData("thuế", "thuế")]
    [InlineData("người", "người")]
    [InlineData("hòa, thủy.", "hòa, thủy.")]
    public void Correct_MovesToneMarksOfOpenOaOeUyOnly(string text, string expected)
    {
        Assert.Equal(expected, VietnameseSpelling.Correct(text));
        Assert.True(VietnameseSpelling.IsCorrect(expected));
    }

    [Fact]
    public void Correct_DecomposedText_ComesBackComposed()
    {
        var decomposed = "Chị Lan hoà giải".Normalize(NormalizationForm.FormD);

        var corrected = VietnameseSpelling.Correct(decomposed);

        Assert.Equal("Chị Lan hòa giải", corrected);
        Assert.True(corrected.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Correct_EnglishText_IsUnchanged()
    {
        const string text = "Refuse the gift; report it in writing.";

        Assert.Equal(text, VietnameseSpelling.Correct(text));
    }

    [Theory]
    [InlineData("Chị Lan hòa giải ở phường", false)]
    [InlineData("Refuse the gift; report it.", false)]
    [InlineData("Chị Lan hoà giải", true)]
    [InlineData("Uỷ ban", true)]
    [InlineData("quý", true)]
    public void MayNeedCorrection_FlagsEveryTextCorrectWouldChange(string text, bool flagged)
    {
        Assert.Equal(flagged, VietnameseSpelling.MayNeedCorrection(text));
        // The scan may flag texts Correct leaves alone ("quý"), never the other way round.
        Assert.True(VietnameseSpelling.MayNeedCorrection(text) || VietnameseSpelling.Correct(text) == text);
    }

    [Fact]
    public void MayNeedCorrection_DecomposedText_IsFlagged()
    {
        Assert.True(VietnameseSpelling.MayNeedCorrection("hòa".Normalize(NormalizationForm.FormD)));
    }
}

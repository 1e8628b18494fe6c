namespace EthicsBot.Dialogs.Tests.Ask;

using EthicsBot.Dialogs.Explainer;

public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("gọi 0912 345 678 nhé", "gọi [phone] nhé")]
    [InlineData("số +84 912.345.678", "số [phone]")]
    [InlineData("mail lan.nguyen@phuong.gov.vn giúp", "mail [email] giúp")]
    [InlineData("CCCD 001203004567 của bà", "CCCD [id-number] của bà")]
    [InlineData("CMND 123456789", "CMND [id-number]")]
    [InlineData("tài khoản 19035566778899 Techcombank", "tài khoản [id-number] Techcombank")]
    [InlineData("xe biển 51F-123.45 đỗ trước trụ sở", "xe biển [plate] đỗ trước trụ sở")]
    [InlineData("xe 30A 12345", "xe [plate]")]
    public void Scrub_PersonalNumbers_AreReplaced(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Theory]
    [InlineData("Theo Luật 117/2025/QH15 và Nghị định 13/2023/NĐ-CP")]
    [InlineData("quà 500.000 đồng năm 2026")]
    [InlineData("Điều 5 khoản 2")]
    public void Scrub_LegalNumbersAmountsAndYears_AreKept(string text) =>
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));

    [Fact]
    public void Scrub_KnownNames_AreReplacedInAnyCaseWithTheFamilyNameOrWithout()
    {
        var scrubbed = PersonalDataScrubber.Scrub("Nguyễn Thị Lan hỏi: chị THỊ LAN có được lan truyền tin này?", ["Nguyễn Thị Lan", null, "Minh"]);

        Assert.Equal("[name] hỏi: chị [name] có được lan truyền tin này?", scrubbed);
    }
}

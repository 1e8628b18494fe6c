namespace EthicsBot.Domain.Tests.Units;

using EthicsBot.Domain.Units;

public sealed class UnitDirectoryTests
{
    private static readonly UnitDirectory Directory = new(
    [
        new Unit("xa-tan-hoa", "Xã Tân Hòa", "an-giang", UnitKind.Local),
        new Unit("tan-hoa-vp", "Văn phòng", "xa-tan-hoa", UnitKind.Local),
        new Unit("phuong-hoa-binh", "Phường Hòa Bình", "ha-noi", UnitKind.Local),
    ]);

    [Fact]
    public void Provinces_All_AreThirtyFourWithSixCentralCities()
    {
        Assert.Equal(34, Provinces.All.Count);
        Assert.Equal(34, Provinces.All.Select(p => p.Id).Distinct().Count());
        Assert.Equal(
            new HashSet<string> { "Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Huế" },
            Provinces.All.Where(p => p.Kind == UnitKind.CentralCity).Select(p => p.Name).ToHashSet());
        Assert.All(Provinces.All, p => Assert.True(p.Name.IsNormalized(System.Text.NormalizationForm.FormC)));
    }

    [Fact]
    public void SubtreeOf_Commune_HasItselfAndItsOffice()
    {
        Assert.Equal(["xa-tan-hoa", "tan-hoa-vp"], Directory.SubtreeOf("xa-tan-hoa").Select(u => u.Id));
        Assert.Equal(["an-giang", "xa-tan-hoa", "tan-hoa-vp"], Directory.SubtreeOf("an-giang").Select(u => u.Id));
        Assert.Empty(Directory.SubtreeOf("nowhere"));
    }

    [Fact]
    public void IsWithin_OfficeUnderProvince_IsTrueAndNotTheOtherWay()
    {
        Assert.True(Directory.IsWithin("tan-hoa-vp", "an-giang"));
        Assert.True(Directory.IsWithin("an-giang", "an-giang"));
        Assert.False(Directory.IsWithin("an-giang", "tan-hoa-vp"));
        Assert.False(Directory.IsWithin("phuong-hoa-binh", "an-giang"));
    }

    [Theory]
    [InlineData("tan hoa", "xa-tan-hoa")]
    [InlineData("Tân Hòa", "xa-tan-hoa")]
    [InlineData("XA TAN HOA", "xa-tan-hoa")]
    [InlineData("hoa binh", "phuong-hoa-binh")]
    [InlineData("ho chi minh", "ho-chi-minh")]
    [InlineData("da nang", "da-nang")]
    public void Search_WithOrWithoutDiacritics_FindsTheUnitFirst(string query, string expected)
    {
        Assert.Equal(expected, Directory.Search(query)[0].Id);
    }

    [Fact]
    public void Search_WordsOfThePath_FindsTheOffice()
    {
        Assert.Equal(["tan-hoa-vp"], Directory.Search("tan hoa van phong").Select(u => u.Id));
        Assert.Empty(Directory.Search("   "));
    }
}

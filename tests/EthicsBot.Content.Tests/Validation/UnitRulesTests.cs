namespace EthicsBot.Content.Tests.Validation;

using EthicsBot.Domain.Units;

public sealed class UnitRulesTests : IDisposable
{
    private const string U = "units.yaml";

    private const string Units = """
        units:
          - id: xa-tan-hoa
            name: Xã Tân Hòa
            parent: an-giang
          - id: xa-tan-hoa-van-phong
            name: Văn phòng HĐND và UBND
            parent: xa-tan-hoa
          - id: phuong-ba-dinh
            name: Phường Ba Đình
            parent: ha-noi
        """;

    private readonly TestContent content = new();

    public UnitRulesTests() => content.Write(U, Units);

    public void Dispose() => content.Dispose();

    [Fact]
    public void Load_Units_BuildsDirectoryWithPathsBelowProvinces()
    {
        var units = content.Load().Catalog!.Units;

        Assert.Equal(34 + 3, units.All.Count);
        Assert.Equal(["an-giang", "xa-tan-hoa", "xa-tan-hoa-van-phong"], units.PathOf("xa-tan-hoa-van-phong").Select(u => u.Id));
        Assert.Equal("An Giang › Xã Tân Hòa › Văn phòng HĐND và UBND", units.PathText("xa-tan-hoa-van-phong"));
        Assert.Equal(UnitKind.Local, units.Find("xa-tan-hoa")!.Kind);
    }

    [Fact]
    public void Load_NoUnitsFile_HasTheProvincesOnly()
    {
        content.Delete(U);

        Assert.Equal(34, content.Load().Catalog!.Units.All.Count);
    }

    [Fact]
    public void Check_UnknownParent_IsAnErrorAtTheParent()
    {
        content.Replace(U, "parent: ha-noi", "parent: ha-nol");

        Assert.Equal(["units.yaml:10:13: unknown parent 'ha-nol': not a unit of this file nor a built-in provincial-level unit"], content.Errors());
    }

    [Fact]
    public void Check_DuplicateId_IsAnError()
    {
        content.Replace(U, "id: phuong-ba-dinh", "id: xa-tan-hoa");

        Assert.Equal(["units.yaml:8:9: duplicate unit id 'xa-tan-hoa' (first defined at units.yaml:2:9)"], content.Errors());
    }

    [Fact]
    public void Check_IdOfABuiltInProvince_IsAnError()
    {
        content.Replace(U, "id: phuong-ba-dinh", "id: hue");

        Assert.Equal(["units.yaml:8:9: unit id 'hue' is a built-in provincial-level unit (Huế); choose another id"], content.Errors());
    }

    [Fact]
    public void Check_Cycle_IsReportedOnce()
    {
        content.Replace(U, "parent: an-giang", "parent: xa-tan-hoa-van-phong");

        Assert.Equal(["units.yaml:2:9: units form a cycle: xa-tan-hoa → xa-tan-hoa-van-phong → xa-tan-hoa"], content.Errors());
    }

    [Fact]
    public void Check_MissingParent_SaysProvincesAreBuiltIn()
    {
        content.Replace(U, "    parent: ha-noi", string.Empty);

        var error = Assert.Single(content.Errors());
        Assert.StartsWith("units.yaml:8:5: missing 'parent': the 34 provincial-level units are built in", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ToneMarkPlacement_IsAnError()
    {
        content.Replace(U, "Xã Tân Hòa", "Xã Tân Hoà");

        Assert.Equal(["units.yaml:3:11: tone mark placement: write 'Hòa', not 'Hoà' (traditional placement, as in legal texts)"], content.Errors());
    }

    [Fact]
    public void Check_DecomposedName_IsAnNfcError()
    {
        content.Replace(U, "Phường Ba Đình", "Phường Ba Đình".Normalize(System.Text.NormalizationForm.FormD));

        var error = Assert.Single(content.Errors());
        Assert.StartsWith("units.yaml:9:11: text is not in Unicode NFC", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownKey_IsAnError()
    {
        content.Replace(U, "    parent: ha-noi", "    parent: ha-noi\n    kind: ward");

        Assert.Equal(["units.yaml:11:5: unknown key 'kind' (allowed: id, name, parent)"], content.Errors());
    }
}

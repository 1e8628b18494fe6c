namespace EthicsBot.Host.Tests.Packaging;

using System.IO.Compression;
using System.Text.Json.Nodes;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Host.Packaging;
using EthicsBot.Host.Tests.Fakes;

public sealed class AppPackageTests : IDisposable
{
    private const string AppId = "1b6e0c6e-2f6a-4b4e-9d38-5c8f0f3b7a21";
    private const string Domain = "ethicsbot.example.vn";
    private readonly string dir = Directory.CreateTempSubdirectory("ethicsbot-package-").FullName;

    private static string AppPackageDir => Path.Combine(BotHostFactory.RepositoryRoot, "appPackage");

    [Fact]
    public void Build_ValidAppIdAndDomain_WritesZipWithIdsFilledIn()
    {
        var (manifest, _) = BuildAndRead();

        Assert.Equal(AppId, (string?)manifest["id"]);
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Contains(Domain, manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_RequiredFields_ArePresent()
    {
        var (manifest, english) = BuildAndRead();

        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string?)manifest["version"]);
        foreach (var field in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)manifest["developer"]![field]), $"developer.{field}");
        }

        Assert.InRange(((string?)manifest["name"]!["short"])!.Length, 1, 30);
        Assert.InRange(((string?)manifest["description"]!["short"])!.Length, 1, 80);
        Assert.InRange(((string?)manifest["description"]!["full"])!.Length, 1, 4000);
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("vi-vn", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.InRange(((string?)english["description.short"])!.Length, 1, 80);
    }

    [Fact]
    public void CommandLists_EveryTitleInBothLanguages_IsUnderstoodByTheBot()
    {
        var (manifest, english) = BuildAndRead();
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.InRange(commands.Count, 1, 10);
        for (var i = 0; i < commands.Count; i++)
        {
            var vi = (string)commands[i]!["title"]!;
            var en = (string?)english[$"bots[0].commandLists[0].commands[{i}].title"];
            Assert.False(string.IsNullOrWhiteSpace(en), $"command {i} has no English title");
            Assert.IsNotType<UnknownCommand>(CommandParser.Parse(vi));
            Assert.IsNotType<UnknownCommand>(CommandParser.Parse(en));
            Assert.InRange(vi.Length, 1, 32);
            Assert.InRange(((string)commands[i]!["description"]!).Length, 1, 128);
        }
    }

    [Fact]
    public void ColorIcon_Is192SquareRgba()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(AppPackageDir, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(255, icon[96, 96].A);
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(AppPackageDir, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon[i % 32, i / 32]).ToList();
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, icon[0, 0].A);
    }

    [Theory]
    [InlineData("not-a-guid", Domain, "MicrosoftAppId")]
    [InlineData(AppId, "https://ethicsbot.example.vn/", "Teams:BotDomain")]
    public void Build_BadConfiguration_ReportsProblemAndWritesNothing(string appId, string domain, string expected)
    {
        var zip = Path.Combine(dir, "bad.zip");

        var result = AppPackageBuilder.Build(AppPackageDir, zip, appId, domain);

        Assert.Null(result.ZipPath);
        Assert.Contains(result.Problems, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.False(File.Exists(zip));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private (JsonObject Manifest, JsonObject English) BuildAndRead()
    {
        var result = AppPackageBuilder.Build(AppPackageDir, Path.Combine(dir, "app.zip"), AppId, Domain);
        Assert.Empty(result.Problems);
        using var zip = ZipFile.OpenRead(result.ZipPath!);
        Assert.Equal(["manifest.json", "en-us.json", "color.png", "outline.png"], zip.Entries.Select(e => e.FullName));
        return (Read(zip, "manifest.json"), Read(zip, "en-us.json"));
    }

    private static JsonObject Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}

namespace EthicsBot.Host.Packaging;

using System.IO.Compression;
using System.Text.RegularExpressions;

/// <summary>
/// Builds the Teams app package (manifest, localization, icons) with the bot's app id and domain filled in,
/// so the zip that is uploaded always matches the bot that answers.
/// </summary>
public static partial class AppPackageBuilder
{
    private static readonly string[] Files = ["manifest.json", "en-us.json", "color.png", "outline.png"];

    public static PackageResult Build(string appPackageDir, string outputZip, string appId, string botDomain)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(botDomain);
        var problems = new List<string>();
        if (!Guid.TryParse(appId, out _))
        {
            problems.Add($"MicrosoftAppId '{appId}' is not a GUID; set it to the bot's Entra app id.");
        }

        if (!DomainPattern().IsMatch(botDomain))
        {
            problems.Add($"Teams:BotDomain '{botDomain}' is not a host name (for example ethicsbot.example.vn, no https://).");
        }

        problems.AddRange(Files.Where(f => !File.Exists(Path.Combine(appPackageDir, f)))
            .Select(f => $"{Path.Combine(appPackageDir, f)} is missing."));
        if (problems.Count > 0)
        {
            return new PackageResult(null, problems);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputZip))!);
        File.Delete(outputZip);
        using var zip = ZipFile.Open(outputZip, ZipArchiveMode.Create);
        foreach (var file in Files)
        {
            var source = Path.Combine(appPackageDir, file);
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                var text = File.ReadAllText(source)
                    .Replace("{{MicrosoftAppId}}", appId, StringComparison.Ordinal)
                    .Replace("{{BotDomain}}", botDomain, StringComparison.Ordinal);
                using var writer = new StreamWriter(zip.CreateEntry(file).Open());
                writer.Write(text);
            }
            else
            {
                zip.CreateEntryFromFile(source, file);
            }
        }

        return new PackageResult(Path.GetFullPath(outputZip), []);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();
}

public sealed record PackageResult(string? ZipPath, IReadOnlyList<string> Problems);

namespace EthicsBot.Host.Cli;

using EthicsBot.Content.Reporting;
using EthicsBot.Content.Validation;
using EthicsBot.Host.Packaging;

/// <summary>
/// Admin verbs that run and exit instead of starting the bot:
/// "content validate [dir]", "content report [dir]", "package [--out file.zip]".
/// </summary>
public static class CliCommands
{
    private const string DefaultContentDir = "content";
    private const string Usage = "Use: content validate [dir] | content report [dir] | package [--out appPackage/build/ethicsbot.zip]";

    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        exitCode = 0;
        if (args.Length >= 1 && args[0] == "package")
        {
            exitCode = Package(args[1..], output);
            return true;
        }

        if (args.Length < 2 || args[0] != "content")
        {
            return false;
        }

        var dir = args.Length > 2 ? args[2] : DefaultContentDir;
        exitCode = args[1] switch
        {
            "validate" => ContentValidateCommand.Run(dir, output),
            "report" => ContentReportCommand.Run(dir, output),
            _ => UnknownCommand(args[1], output),
        };
        return true;
    }

    private static int Package(string[] args, TextWriter output)
    {
        // Same sources as the running bot: appsettings.json, environment variables, then --Key=value arguments.
        var outIndex = Array.IndexOf(args, "--out");
        var outputZip = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "appPackage/build/ethicsbot.zip";
        var rest = outIndex >= 0 ? args.Where((_, i) => i != outIndex && i != outIndex + 1).ToArray() : args;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(rest)
            .Build();
        var result = AppPackageBuilder.Build(
            configuration["Teams:AppPackagePath"] ?? "appPackage",
            outputZip,
            configuration["MicrosoftAppId"] ?? string.Empty,
            configuration["Teams:BotDomain"] ?? string.Empty);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem);
        }

        if (result.ZipPath is null)
        {
            return 1;
        }

        output.WriteLine($"Teams app package written to {result.ZipPath}");
        return 0;
    }

    private static int UnknownCommand(string verb, TextWriter output)
    {
        output.WriteLine($"Unknown content command '{verb}'. {Usage}");
        return 2;
    }
}

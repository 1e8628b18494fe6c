namespace EthicsBot.Host.Cli;

using System.Globalization;
using EthicsBot.Content.Reporting;
using EthicsBot.Content.Validation;
using EthicsBot.Content.Workbook;
using EthicsBot.Domain.Calendar;
using EthicsBot.Host.Packaging;

/// <summary>
/// Admin verbs that run and exit instead of starting the bot:
/// "content validate [dir] [--at YYYY-MM-DD]", "content report [dir] [--at YYYY-MM-DD]", "content export DIR --xlsx FILE",
/// "content import FILE --into DIR", "package [--out file.zip]", "explainer eval …" (see <see cref="Explainer.ExplainerEvalCommand"/>).
/// </summary>
public static class CliCommands
{
    private const string DefaultContentDir = "content";
    private const string Usage = "Use: content validate [dir] [--at YYYY-MM-DD] | content report [dir] [--at YYYY-MM-DD] | content export DIR --xlsx FILE | content import FILE --into DIR | package [--out appPackage/build/ethicsbot.zip]";

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

        if (args.Length >= 2 && args[0] == "explainer")
        {
            exitCode = args[1] switch
            {
                "eval" => Explainer.ExplainerEvalCommand.Run(args[2..], output),
                "warm" => Explainer.ExplainerWarmCommand.RunAsync(args[2..], output).GetAwaiter().GetResult(),
                _ => UnknownCommand(args[1], output),
            };
            return true;
        }

        if (args.Length < 2 || args[0] != "content")
        {
            return false;
        }

        if (args[1] is "export" or "import")
        {
            exitCode = Workbook(args[1], args[2..], output);
            return true;
        }

        if (!TryParseContentArgs(args[2..], out var dir, out var asOf, out var problem))
        {
            output.WriteLine($"{problem} {Usage}");
            exitCode = 2;
            return true;
        }

        exitCode = args[1] switch
        {
            "validate" => ContentValidateCommand.Run(dir, output, asOf),
            "report" => Report(dir, output, asOf),
            _ => UnknownCommand(args[1], output),
        };
        return true;
    }

    // [dir] [--at YYYY-MM-DD]; the day defaults to today in Vietnam, where the law applies.
    private static bool TryParseContentArgs(string[] rest, out string dir, out DateOnly asOf, out string problem)
    {
        dir = DefaultContentDir;
        asOf = TimeZones.LocalDate(TimeProvider.System.GetUtcNow(), TimeZones.Resolve(TimeZones.VietnamId));
        problem = string.Empty;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] != "--at")
            {
                dir = rest[i];
                continue;
            }

            if (i + 1 >= rest.Length || !DateOnly.TryParseExact(rest[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            {
                problem = "--at needs a date as YYYY-MM-DD.";
                return false;
            }

            i++;
        }

        return true;
    }

    // export DIR --xlsx FILE | import FILE --into DIR: exactly one positional argument and one flag with its value.
    private static int Workbook(string verb, string[] rest, TextWriter output)
    {
        var flag = verb == "export" ? "--xlsx" : "--into";
        var at = Array.IndexOf(rest, flag);
        if (rest.Length != 3 || at < 0 || at == rest.Length - 1)
        {
            output.WriteLine($"content {verb} needs {(verb == "export" ? "DIR --xlsx FILE" : "FILE --into DIR")}. {Usage}");
            return 2;
        }

        var positional = rest.Where((_, i) => i != at && i != at + 1).Single();
        return verb == "export"
            ? ContentWorkbookCommands.Export(positional, rest[at + 1], output)
            : ContentWorkbookCommands.Import(positional, rest[at + 1], output);
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

    private static int Report(string dir, TextWriter output, DateOnly asOf)
    {
        var code = ContentReportCommand.Run(dir, output, asOf);
        if (code == 0)
        {
            LearnerReportsSection.Print(output);
        }

        return code;
    }

    private static int UnknownCommand(string verb, TextWriter output)
    {
        output.WriteLine($"Unknown content command '{verb}'. {Usage}");
        return 2;
    }
}

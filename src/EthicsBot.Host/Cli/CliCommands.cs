namespace EthicsBot.Host.Cli;

using EthicsBot.Content.Validation;
using EthicsBot.Content.Reporting;

/// <summary>Admin verbs that run and exit instead of starting the bot: "content validate [dir]", "content report [dir]".</summary>
public static class CliCommands
{
    private const string DefaultContentDir = "content";

    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        exitCode = 0;
        if (args.Length < 2 || args[0] != "content")
        {
            return false;
        }

        var dir = args.Length > 2 ? args[2] : DefaultContentDir;
        switch (args[1])
        {
            case "validate":
                exitCode = ContentValidateCommand.Run(dir, output);
                return true;
            case "report":
                exitCode = ContentReportCommand.Run(dir, output);
                return true;
            default:
                output.WriteLine($"Unknown content command '{args[1]}'. Use: content validate [dir] | content report [dir]");
                exitCode = 2;
                return true;
        }
    }
}

namespace EthicsBot.EndToEnd.Tests.Infrastructure;

/// <summary>What the end-to-end tests need on the machine, and the reason to skip when it is missing.</summary>
internal static class Prerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? MissingReason()
    {
        if (!File.Exists(ChromiumPath))
        {
            return $"Chromium not found at {ChromiumPath}: install Debian's chromium (apt-get install chromium) or run .ci/install-deps.";
        }

        if (FindOnPath("node") is null)
        {
            return "Node.js not found on PATH: the Agents Playground needs it (Node 20).";
        }

        if (!File.Exists(Paths.PlaygroundCli))
        {
            return $"The Agents Playground is not installed: run `npm ci` in {Paths.PlaygroundDir} or .ci/install-deps.";
        }

        return File.Exists(Paths.HostDll) ? null : $"The bot is not built at {Paths.HostDll}.";
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}

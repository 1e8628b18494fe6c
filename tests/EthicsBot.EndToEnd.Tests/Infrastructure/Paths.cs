namespace EthicsBot.EndToEnd.Tests.Infrastructure;

internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string PlaygroundDir => Path.Combine(RepositoryRoot, "tests", "EthicsBot.EndToEnd.Tests", "playground");

    public static string PlaygroundCli => Path.Combine(PlaygroundDir, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>The host's build output sits next to this project's in the artifacts tree (UseArtifactsOutput).</summary>
    public static string HostDll
    {
        get
        {
            var mine = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = mine.Name;
            return Path.Combine(mine.Parent!.Parent!.FullName, "EthicsBot.Host", configuration, "EthicsBot.Host.dll");
        }
    }

    public static string ArtifactsFor(string testName)
    {
        var dir = Path.Combine(RepositoryRoot, "artifacts", "e2e", testName);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var stamped = typeof(Paths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "EthicsBot.sln")))
        {
            return Path.GetFullPath(stamped);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EthicsBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EthicsBot.sln not found above the test binaries.");
    }
}

namespace EthicsBot.FanOutBench;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

internal static class BenchPaths
{
    public static string RepositoryRoot() =>
        typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The build did not stamp the repository root.");

    /// <summary>The host's build output next to this project's in the artifacts tree (UseArtifactsOutput), same configuration.</summary>
    public static string HostDll()
    {
        var mine = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(mine.Parent!.Parent!.FullName, "EthicsBot.Host", mine.Name, "EthicsBot.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first, or pass --host-dll.", path);
    }

    /// <summary>
    /// Publishes the host as it is deployed (Release, ReadyToRun for linux-x64, see its project file) into
    /// artifacts/publish/EthicsBot.Host and returns the published dll.
    /// </summary>
    public static async Task<string> PublishHostAsync(string repository)
    {
        var output = Path.Combine(repository, "artifacts", "publish", "EthicsBot.Host");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, UseShellExecute = false };
        foreach (var argument in new[] { "publish", "src/EthicsBot.Host", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", output, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? Path.Combine(output, "EthicsBot.Host.dll")
            : throw new InvalidOperationException($"dotnet publish of the host failed with exit code {process.ExitCode}.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

namespace EthicsBot.FanOutBench;

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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

namespace EthicsBot.Content.Tests;

using System.Reflection;

/// <summary>
/// Finds the shipped content folder: walk up from the test binaries to the folder holding EthicsBot.sln, or,
/// when the binaries live outside the repository (a private ArtifactsPath), from the RepositoryRoot build metadata.
/// </summary>
public static class RepositoryContent
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        var repositoryRoot = typeof(RepositoryContent).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, repositoryRoot }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EthicsBot.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
        }

        throw new InvalidOperationException($"No EthicsBot.sln above {AppContext.BaseDirectory} or {repositoryRoot}");
    }
}

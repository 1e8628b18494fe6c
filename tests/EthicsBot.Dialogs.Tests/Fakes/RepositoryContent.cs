namespace EthicsBot.Dialogs.Tests.Fakes;

using System.Reflection;

/// <summary>The shipped content folder, found from the test binaries or, with a private ArtifactsPath, from the project folder.</summary>
public static class RepositoryContent
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        var projectDirectory = typeof(RepositoryContent).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, projectDirectory }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EthicsBot.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
        }

        throw new InvalidOperationException($"No EthicsBot.sln above {AppContext.BaseDirectory} or {projectDirectory}");
    }
}

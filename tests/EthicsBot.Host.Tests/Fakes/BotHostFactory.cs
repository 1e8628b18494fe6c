namespace EthicsBot.Host.Tests.Fakes;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>The real host over a fresh SQLite file and the repository's content folder.</summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "ethicsbot-tests-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The SQLite file of this host, for tests that break it under the running bot.</summary>
    public string DatabaseFile => Path.Combine(dataDir, "bot.db");

    public static string RepositoryRoot
    {
        get
        {
            var stamped = typeof(BotHostFactory).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDir);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Content:Path", Path.Combine(RepositoryRoot, "content"));
        builder.UseSetting("Persistence:ConnectionString", $"Data Source={Path.Combine(dataDir, "bot.db")}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the OS is left for the temp cleaner; the test result does not depend on it.
            }
        }
    }
}

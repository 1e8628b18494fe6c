namespace EthicsBot.Persistence.Postgres;

using System.Globalization;
using System.Reflection;

/// <summary>One numbered schema script, embedded as "migrations/NNNN_name.sql"; PostgreSQL's own series, apart from SQLite's.</summary>
internal sealed record PostgresMigration(int Version, string Name, string Sql)
{
    private const string Prefix = "migrations/";

    /// <summary>The embedded scripts in version order; a gap or a duplicate number is a build mistake and throws.</summary>
    public static IReadOnlyList<PostgresMigration> LoadEmbedded()
    {
        var assembly = typeof(PostgresMigration).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration scripts must be numbered 1, 2, 3… without gaps or repeats; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static PostgresMigration Load(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration script '{resourceName}' must be named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new PostgresMigration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}

namespace EthicsBot.Persistence.Sqlite;

using System.Globalization;
using System.Reflection;

/// <summary>One numbered schema script, embedded as "migrations/NNNN_name.sql".</summary>
internal sealed record SqliteMigration(int Version, string Name, string Sql)
{
    private const string Prefix = "migrations/";

    /// <summary>
    /// The embedded scripts in version order; a duplicate number is a build mistake and throws. Gaps are allowed:
    /// parallel branches are given disjoint number ranges, so a build may hold 7 before 4 exists.
    /// </summary>
    public static IReadOnlyList<SqliteMigration> LoadEmbedded()
    {
        var assembly = typeof(SqliteMigration).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version < 1 || (i > 0 && migrations[i].Version == migrations[i - 1].Version))
            {
                throw new InvalidOperationException(
                    $"Migration scripts must be numbered from 1 up without repeats; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static SqliteMigration Load(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration script '{resourceName}' must be named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SqliteMigration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}

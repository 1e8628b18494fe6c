namespace EthicsBot.Content.Loading;

using YamlDotNet.RepresentationModel;

/// <summary>Reads units.yaml: <c>units: [ { id, name, parent } ]</c>, the deployment's units below the shipped provinces.</summary>
internal static class UnitsParser
{
    public static IReadOnlyList<RawUnit> Parse(YamlNode root, string path, ContentDiagnostics diagnostics)
    {
        var items = MappingReader.Open(root, path, diagnostics, "units")?.Sequence("units", required: true);
        var units = new List<RawUnit>();
        foreach (var item in items ?? [])
        {
            if (MappingReader.Open(item, path, diagnostics, "id", "name", "parent") is { } unit)
            {
                units.Add(new RawUnit(unit.At, unit.Required("id"), unit.Required("name"), unit.Optional("parent")));
            }
        }

        return units;
    }
}

namespace EthicsBot.Domain.Units;

/// <summary>Where a unit sits: the 34 provincial-level units are shipped; everything below comes from content/units.yaml.</summary>
public enum UnitKind
{
    Province,
    /// <summary>A centrally-run city (thành phố trực thuộc trung ương).</summary>
    CentralCity,
    /// <summary>A deployment's own unit: commune, ward, department, office.</summary>
    Local,
}

/// <summary>One unit of the directory; <see cref="ParentId"/> is null only for a provincial-level unit.</summary>
public sealed record Unit(string Id, string Name, string? ParentId, UnitKind Kind);

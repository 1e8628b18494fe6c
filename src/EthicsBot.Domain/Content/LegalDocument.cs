namespace EthicsBot.Domain.Content;

public enum DocumentStatus
{
    InForce,
    Superseded,
}

/// <summary>One entry of the legal-reference registry (content/references.yaml).</summary>
public sealed record LegalDocument
{
    public required string Id { get; init; }
    /// <summary>The official number, e.g. "80/2025/QH15" or "30/2020/NĐ-CP".</summary>
    public required string Number { get; init; }
    public required LocalizedString Title { get; init; }
    public DateOnly? Issued { get; init; }
    public DateOnly? Effective { get; init; }
    public required DocumentStatus Status { get; init; }
    /// <summary>Free-text caveat shown to admins, e.g. that the number or a date is not yet verified.</summary>
    public string? Note { get; init; }
    /// <summary>Registry id of the replacement; set exactly when <see cref="Status"/> is Superseded.</summary>
    public string? SupersededBy { get; init; }
    public DateOnly? SupersededOn { get; init; }
}

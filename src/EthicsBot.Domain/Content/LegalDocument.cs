namespace EthicsBot.Domain.Content;

/// <summary>Where a document stands on a given day; computed from its dates, never typed by hand.</summary>
public enum DocumentStatus
{
    /// <summary>Passed or issued, but its effective date has not come yet.</summary>
    NotYetInForce,
    InForce,
    /// <summary>Replaced or repealed on <see cref="LegalDocument.SupersededOn"/>.</summary>
    Superseded,
}

/// <summary>One entry of the legal-reference registry (content/references.yaml and content/references/*.yaml).</summary>
public sealed record LegalDocument
{
    public required string Id { get; init; }
    /// <summary>The official number, e.g. "80/2025/QH15" or "30/2020/NĐ-CP".</summary>
    public required string Number { get; init; }
    public required LocalizedString Title { get; init; }
    public DateOnly? Issued { get; init; }
    public DateOnly? Effective { get; init; }
    /// <summary>Free-text caveat shown to admins, e.g. that the number or a date is not yet verified.</summary>
    public string? Note { get; init; }
    /// <summary>Registry id of the document that replaces this one, when one does.</summary>
    public string? ReplacedBy { get; init; }
    /// <summary>The first day this document no longer applies (replaced or repealed).</summary>
    public DateOnly? SupersededOn { get; init; }
    /// <summary>True when no article of this document could be confirmed, so questions cite it without one.</summary>
    public bool ArticlesUnconfirmed { get; init; }

    /// <summary>The day it starts to apply: the effective date, or the issue date when the effective date is unknown.</summary>
    public DateOnly? AppliesFrom => Effective ?? Issued;

    public DocumentStatus StatusOn(DateOnly date) =>
        SupersededOn is { } end && date >= end ? DocumentStatus.Superseded
        : AppliesFrom is { } start && date < start ? DocumentStatus.NotYetInForce
        : DocumentStatus.InForce;

    public bool IsInForceOn(DateOnly date) => StatusOn(date) == DocumentStatus.InForce;
}

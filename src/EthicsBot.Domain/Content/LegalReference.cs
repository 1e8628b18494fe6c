namespace EthicsBot.Domain.Content;

/// <summary>A citation from a question into the registry: document plus article (clause and point optional).</summary>
public sealed record LegalReference
{
    public required string DocumentId { get; init; }
    public string? Article { get; init; }
    public string? Clause { get; init; }
    public string? Point { get; init; }
}

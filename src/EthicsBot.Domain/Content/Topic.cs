namespace EthicsBot.Domain.Content;

public sealed record Topic
{
    /// <summary>Stable id used in content files and commands ("social-media").</summary>
    public required string Id { get; init; }
    public required LocalizedString Name { get; init; }
    public required LocalizedString Description { get; init; }
    /// <summary>Short words a user may type after "quiz" to pick this topic, in either language.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

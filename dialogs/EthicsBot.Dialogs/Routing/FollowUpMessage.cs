namespace EthicsBot.Dialogs.Routing;

/// <summary>A source under an AI answer, shown by Teams as citation [<see cref="Position"/>].</summary>
public sealed record FollowUpCitation(int Position, string Name, string Abstract);

/// <summary>
/// A message sent after a turn's cards, when it takes time to produce (a model explanation). Plain text, because
/// Teams puts the AI label and citations on text messages; <see cref="AiGenerated"/> asks for the label.
/// </summary>
public sealed record FollowUpMessage(string Text, bool AiGenerated, IReadOnlyList<FollowUpCitation> Citations);

namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Quizzes;

/// <summary>The flow state of one conversation, kept in Bot Builder's ConversationState. Replaced whole with `with`.</summary>
public sealed record ConversationData
{
    /// <summary>True once the welcome card was sent here, so install events and first messages greet only once.</summary>
    public bool Welcomed { get; init; }
    public QuizPointer? Quiz { get; init; }
    /// <summary>When "delete my data" was asked; a typed confirmation counts only shortly after.</summary>
    public DateTimeOffset? DeleteRequestedAt { get; init; }
}

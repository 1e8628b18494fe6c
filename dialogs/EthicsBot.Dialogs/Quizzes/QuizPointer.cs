namespace EthicsBot.Dialogs.Quizzes;

/// <summary>Where the running quiz stands: the stored session and the question on screen.</summary>
public sealed record QuizPointer
{
    public required string SessionId { get; init; }
    /// <summary>0-based index into the session's questions of the question last sent.</summary>
    public required int Index { get; init; }
    /// <summary>True once that question is answered and the user has not asked for the next one yet.</summary>
    public bool Answered { get; init; }
}

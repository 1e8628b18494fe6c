namespace EthicsBot.Dialogs.Quizzes;

/// <summary>
/// Where the running quiz stands: the stored session and the question on screen. Whether that question is answered is
/// not kept here: the session's answers say so, and every flow that acts on the pointer reads them anyway, so an
/// answer changes no flow state and the answer turn writes only the answer.
/// </summary>
public sealed record QuizPointer
{
    public required string SessionId { get; init; }
    /// <summary>0-based index into the session's questions of the question last sent.</summary>
    public required int Index { get; init; }
}

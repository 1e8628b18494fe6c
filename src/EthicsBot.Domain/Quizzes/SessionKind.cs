namespace EthicsBot.Domain.Quizzes;

public enum SessionKind
{
    /// <summary>Started by the user with "quiz".</summary>
    OnDemand,
    /// <summary>The workday push.</summary>
    Daily,
}

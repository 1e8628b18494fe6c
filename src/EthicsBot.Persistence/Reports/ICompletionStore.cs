namespace EthicsBot.Persistence.Reports;

/// <summary>A member of a unit on a day, with the name the admin's completion export prints.</summary>
public sealed record CompletionMember(string UserId, string? DisplayName, string UnitId);

/// <summary>One right answer of a member, by local day.</summary>
public sealed record CompletionAnswer(string UserId, DateOnly Day, string QuestionId);

/// <summary>
/// The one report that names people: who belongs to a set of units on a day, and their right answers, so completion
/// ("đạt") can be worked out per person. Only the completion export reads it.
/// </summary>
public interface ICompletionStore
{
    Task<IReadOnlyList<CompletionMember>> MembersAsync(IReadOnlyCollection<string> unitIds, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Right answers of those members from <paramref name="fromDay"/> to <paramref name="toDay"/> (local days, <paramref name="utcOffset"/> ahead of UTC).</summary>
    Task<IReadOnlyList<CompletionAnswer>> RightAnswersAsync(
        IReadOnlyCollection<string> userIds, DateOnly fromDay, DateOnly toDay, TimeSpan utcOffset, CancellationToken cancellationToken = default);
}

namespace EthicsBot.Dialogs.Leaderboards;

using System.ComponentModel.DataAnnotations;

/// <summary>Section "Leaderboards": who may turn a channel's weekly leaderboard on or off.</summary>
public sealed class LeaderboardOptions : IValidatableObject
{
    public const string SectionName = "Leaderboards";

    /// <summary>
    /// Microsoft Entra object ids (the <c>aadObjectId</c> Teams sends) of the people who may register or remove a channel;
    /// empty = anyone in the channel. Teams tells a bot nobody's channel role, so the deployment names its organisers.
    /// </summary>
    public IList<string> Managers { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Managers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Managers[i]))
            {
                yield return new ValidationResult($"Leaderboards:Managers:{i} is empty; give an Entra object id or remove the entry.", [nameof(Managers)]);
            }
        }
    }

    internal bool MayManage(string? aadObjectId) =>
        Managers.Count == 0 || (aadObjectId is not null && Managers.Any(m => string.Equals(m.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase)));
}

namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Domain.Calendar;
using System.ComponentModel.DataAnnotations;
using EthicsBot.Domain.Contests;

/// <summary>
/// The contest season ("Contest" section): off unless <see cref="Start"/> and <see cref="End"/> are both set. While it
/// runs, the daily questions and the Monday leaderboard keep to its topics (and to the week's topic, when one is set).
/// </summary>
public sealed class ContestOptions : IValidatableObject
{
    public const string SectionName = "Contest";

    /// <summary>Shown on the leaderboard card, e.g. "Tìm hiểu pháp luật về chuyển đổi số 2027".</summary>
    [StringLength(120)]
    public string? Name { get; set; }

    /// <summary>First day of the season (local date, yyyy-MM-dd).</summary>
    public DateOnly? Start { get; set; }

    /// <summary>Last day of the season, inclusive.</summary>
    public DateOnly? End { get; set; }

    /// <summary>Topic ids the season covers; empty means every topic (only the weekly topics focus).</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>One topic id per week of the season, in order, starting with the week <see cref="Start"/> falls in.</summary>
    public List<string> WeeklyTopics { get; set; } = [];

    /// <summary>The season, or null when none is set.</summary>
    public ContestSeason? Season => Start is { } start && End is { } end
        ? new ContestSeason(string.IsNullOrWhiteSpace(Name) ? "Contest" : Name.Trim(), start, end, Topics, WeeklyTopics)
        : null;

    // Monday–Sunday weeks the season touches.
    private static int WeekCount(DateOnly start, DateOnly end) =>
        ((end.DayNumber - Weeks.MondayOf(start).DayNumber) / 7) + 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is null != End is null)
        {
            yield return new ValidationResult("Contest:Start and Contest:End must be set together (or neither, for no season).", [nameof(Start), nameof(End)]);
        }
        else if (End < Start)
        {
            yield return new ValidationResult($"Contest:End ({End:yyyy-MM-dd}) must not be before Contest:Start ({Start:yyyy-MM-dd}).", [nameof(End)]);
        }

        else if (Start is { } start && End is { } end && WeeklyTopics.Count > WeekCount(start, end))
        {
            yield return new ValidationResult("Contest:WeeklyTopics has more weeks than the season between Contest:Start and Contest:End.", [nameof(WeeklyTopics)]);
        }

        if (Topics.Concat(WeeklyTopics).Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("Contest:Topics and Contest:WeeklyTopics must not contain empty topic ids.", [nameof(Topics)]);
        }
    }
}

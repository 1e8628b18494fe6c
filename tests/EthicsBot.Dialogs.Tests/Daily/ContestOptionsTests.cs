namespace EthicsBot.Dialogs.Tests.Daily;

using System.ComponentModel.DataAnnotations;
using EthicsBot.Dialogs.Daily;

public sealed class ContestOptionsTests
{
    [Fact]
    public void Validate_EndBeforeStart_SaysWhich()
    {
        var errors = Errors(new ContestOptions { Start = new DateOnly(2026, 5, 1), End = new DateOnly(2026, 4, 1) });

        Assert.Equal(["Contest:End (2026-04-01) must not be before Contest:Start (2026-05-01)."], errors);
    }

    [Fact]
    public void Validate_OnlyStart_AsksForBoth()
    {
        var options = new ContestOptions { Start = new DateOnly(2026, 5, 1) };

        Assert.Contains("must be set together", Assert.Single(Errors(options)), StringComparison.Ordinal);
        Assert.Null(options.Season);
    }

    [Fact]
    public void Validate_MoreWeeklyTopicsThanWeeks_IsRejectedAndAValidSeasonIsBuilt()
    {
        var tooMany = new ContestOptions { Start = new DateOnly(2026, 5, 4), End = new DateOnly(2026, 5, 10), WeeklyTopics = ["a", "b", "c"] };
        var valid = new ContestOptions { Name = " Mùa 1 ", Start = new DateOnly(2026, 5, 4), End = new DateOnly(2026, 5, 17), WeeklyTopics = ["a", "b"] };

        Assert.Contains("more weeks than the season", Assert.Single(Errors(tooMany)), StringComparison.Ordinal);
        Assert.Empty(Errors(valid));
        Assert.Equal(("Mùa 1", "b"), (valid.Season!.Name, valid.Season.WeeklyTopic(new DateOnly(2026, 5, 11))));
    }

    private static List<string?> Errors(ContestOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage)];
    }
}

namespace EthicsBot.Host.Tests.Daily;

using System.ComponentModel.DataAnnotations;
using EthicsBot.Host.Daily;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

public sealed class DailyOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoErrors() => Assert.Empty(Validate(new DailyOptions()));

    [Fact]
    public void HostStart_OfficeHoursEndBeforeDefaultTime_RefusesToStartNamingBothKeys()
    {
        // The schedule defaults are the dialogs layer's DailyQuizOptions; the host validates them at start-up too.
        var error = Assert.ThrowsAny<Exception>(() =>
            DailyTestHost.Start(new FakeTimeProvider(), settings => settings["Daily:DefaultTime"] = "18:00"));

        Assert.Contains("Daily:OfficeHoursEnd", Flatten(error), StringComparison.Ordinal);
        Assert.Contains("Daily:DefaultTime", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LeaseShorterThanQueuedBatches_Error()
    {
        var errors = Validate(new DailyOptions { BatchSize = 1000, TenantRequestsPerSecond = 50, Lease = TimeSpan.FromSeconds(30) });

        Assert.Contains(errors, e => e.Contains("Daily:Lease", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(DailyOptions.TenantRequestsPerSecond), 0)]
    [InlineData(nameof(DailyOptions.MaxConcurrency), 0)]
    [InlineData(nameof(DailyOptions.AutoPauseAfterUnansweredWorkdays), 0)]
    public void Validate_OutOfRange_Error(string property, int value)
    {
        var options = new DailyOptions();
        typeof(DailyOptions).GetProperty(property)!.SetValue(options, value);

        Assert.Contains(Validate(options), e => e.Contains(property, StringComparison.Ordinal));
    }

    [Fact]
    public void HostStart_InvalidDailyOption_RefusesToStartNamingTheKey()
    {
        var error = Assert.ThrowsAny<Exception>(() =>
            DailyTestHost.Start(new FakeTimeProvider(), settings => settings["Daily:ConversationSendsPerSecond"] = "100"));

        Assert.Contains("ConversationSendsPerSecond", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void HostStart_ContestWeeklyTopicNotInTheShippedBank_RefusesToStartNamingTheId()
    {
        var error = Assert.ThrowsAny<Exception>(() => DailyTestHost.Start(new FakeTimeProvider(), settings =>
        {
            settings["Contest:Start"] = "2026-11-02";
            settings["Contest:End"] = "2026-12-31";
            settings["Contest:WeeklyTopics:0"] = "social-media";
            settings["Contest:WeeklyTopics:1"] = "an-toan-thong-tin";
        }));

        var message = Flatten(error);
        Assert.Contains("Contest:WeeklyTopics:1 is 'an-toan-thong-tin', which is not a topic id of the content bank", message, StringComparison.Ordinal);
        Assert.DoesNotContain("WeeklyTopics:0", message, StringComparison.Ordinal);
    }

    private static List<string> Validate(DailyOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage + " " + string.Join(',', r.MemberNames))];
    }

    private static string Flatten(Exception error) => error switch
    {
        OptionsValidationException validation => string.Join('\n', validation.Failures),
        AggregateException aggregate => string.Join('\n', aggregate.InnerExceptions.Select(Flatten)),
        _ => error.Message + (error.InnerException is { } inner ? "\n" + Flatten(inner) : string.Empty),
    };
}

namespace EthicsBot.Content.Tests.Shipped;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;

/// <summary>
/// The content lint: the shipped folder goes through the real loader, so bad content fails CI instead of
/// stopping the bot at start-up. While questions/ is still empty the same checks cover topics, registry and calendar.
/// </summary>
public sealed class ShippedContentTests
{
    private static readonly Lazy<ContentLoadResult> Shipped = new(() => ContentLoader.Load(RepositoryContent.Directory));

    [Fact]
    public void Load_ShippedContent_HasNoErrors()
    {
        var result = Shipped.Value;

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.NotNull(result.Catalog);
    }

    [Fact]
    public void Load_ShippedContent_HasEveryTopicOfTheDesign()
    {
        var topics = Shipped.Value.Catalog!.Topics.Select(t => t.Id);

        Assert.Equal(
            ["social-media", "info-security", "state-secrets", "personal-data", "transparency", "e-documents", "integrity", "citizen-service", "generative-ai", "online-services", "digital-transformation"],
            topics);
    }

    [Fact]
    public void Load_ShippedRegistry_ChainsEveryReplacedDocumentToOneInForceOnReviewDay()
    {
        var documents = Shipped.Value.Catalog!.Documents;
        var day = new DateOnly(2026, 12, 7);

        Assert.Contains(documents.Values, d => d.IsInForceOn(day));
        foreach (var doc in documents.Values.Where(d => d.ReplacedBy is not null))
        {
            Assert.NotNull(doc.SupersededOn);
            Assert.True(documents[doc.ReplacedBy!].StatusOn(day) != DocumentStatus.Superseded || documents[doc.ReplacedBy!].ReplacedBy is not null, doc.Id);
        }
    }

    [Fact]
    public void Load_ShippedRegistry_AccessToInformationLaw2016IsSupersededFromSeptember2026()
    {
        var old = Shipped.Value.Catalog!.Documents["luat-tctt-2016"];

        Assert.Equal(new DateOnly(2026, 9, 1), old.SupersededOn);
        Assert.Equal(DocumentStatus.InForce, old.StatusOn(new DateOnly(2026, 8, 31)));
        Assert.Equal(DocumentStatus.Superseded, old.StatusOn(new DateOnly(2026, 9, 1)));
        Assert.NotNull(old.ReplacedBy);
    }

    [Fact]
    public void Load_ShippedCalendar_Has2026And2027Holidays()
    {
        var calendar = Shipped.Value.Catalog!.Calendar;

        Assert.Equal("Asia/Ho_Chi_Minh", calendar.DefaultTimeZone);
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 1, 1)));
        Assert.All(Days(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22)), d => Assert.True(calendar.IsHoliday(d)));
        Assert.True(calendar.IsWorkday(new DateOnly(2026, 2, 23)));
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2026, 4, 26).DayOfWeek);
        Assert.False(calendar.IsWorkday(new DateOnly(2026, 4, 27)));
        Assert.False(calendar.IsWorkday(new DateOnly(2026, 4, 30)));
        Assert.False(calendar.IsWorkday(new DateOnly(2026, 5, 1)));
        Assert.False(calendar.IsWorkday(new DateOnly(2026, 9, 2)));
        Assert.Equal(3, Days(new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 4)).Count(calendar.IsHoliday));
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 1, 2)));
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 11, 24)));
        Assert.True(calendar.IsHoliday(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsHoliday(new DateOnly(2027, 2, 6)));
        Assert.Equal(5, Days(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)).Count(d => calendar.IsHoliday(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        Assert.True(calendar.IsHoliday(new DateOnly(2027, 4, 16)));
        Assert.False(calendar.IsWorkday(new DateOnly(2027, 5, 3)));
        Assert.Equal(2, Days(new DateOnly(2027, 8, 30), new DateOnly(2027, 9, 5)).Count(calendar.IsHoliday));
        Assert.False(calendar.IsWorkday(new DateOnly(2027, 11, 24)));
    }

    [Fact]
    public void Load_ShippedCalendar_Tet2027RunsFourthToTenthFebruary()
    {
        var calendar = Shipped.Value.Catalog!.Calendar;

        Assert.True(calendar.IsWorkday(new DateOnly(2027, 2, 3)));
        Assert.All(Days(new DateOnly(2027, 2, 4), new DateOnly(2027, 2, 10)), d => Assert.False(calendar.IsWorkday(d)));
        Assert.True(calendar.IsWorkday(new DateOnly(2027, 2, 11)));
        Assert.DoesNotContain(calendar.MakeupWorkdays, d => d.Year == 2027);
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last) =>
        Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays);
}

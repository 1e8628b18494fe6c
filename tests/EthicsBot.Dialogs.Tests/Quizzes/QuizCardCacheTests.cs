namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Content.Loading;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using Newtonsoft.Json.Linq;

public sealed class QuizCardCacheTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly Lazy<ContentCatalog> Shipped = new(() => ContentLoader.Load(RepositoryContent.Directory).Catalog!);

    [Fact]
    public void Question_EveryShippedQuestionInBothLanguages_EqualsTheBuiltCard()
    {
        var cache = new QuizCardCache();
        var mismatches = new List<string>();
        foreach (var (question, strings) in Bank())
        {
            foreach (var notice in new[] { null, strings.CurrentQuestionAgain, strings.QuestionSkipped, strings.PreviousQuizClosed })
            {
                // The first call builds the template, the second splices other values into the cached one.
                foreach (var context in Contexts(question))
                {
                    var expected = QuestionCard.Build(context, strings, notice);
                    Compare(mismatches, $"{question.Id}/{strings.Locale}/{notice}/{context.Number}", expected, cache.Question(Shipped.Value, context, strings, notice));
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Answered_EveryShippedOptionInBothLanguages_EqualsTheBuiltCard()
    {
        var cache = new QuizCardCache();
        var mismatches = new List<string>();
        foreach (var (question, strings) in Bank())
        {
            var references = ReferenceLines.For(question, Shipped.Value, strings, Today);
            foreach (var (optionId, grade) in question.Grades)
            {
                // A stored grade is shown as recorded, even one the current bank would grade differently.
                foreach (var result in new[] { new GradeResult(optionId, grade), new GradeResult(optionId, OptionGrade.Wrong) })
                {
                    foreach (var (options, summary) in Cases(strings))
                    {
                        foreach (var context in Contexts(question))
                        {
                            var block = summary is null ? null : SummarySection.Build(summary, Shipped.Value, strings);
                            var expected = AnsweredCard.Build(context, strings, result, references, options with { Summary = block });
                            var prepared = cache.Answered(Shipped.Value, context, strings, result, Today, options, summary);
                            Compare(mismatches, $"{question.Id}/{strings.Locale}/{optionId}/{result.Grade}/{options}/{summary}/{context.Number}", expected, prepared);
                        }
                    }
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Question_ReloadedCatalogWithTheSameVersion_ShowsTheNewText()
    {
        var cache = new QuizCardCache();
        var before = TestCatalog.Build();
        var edited = before.Questions[0] with { Vi = before.Questions[0].Vi with { Stem = "Câu hỏi đã sửa sau khi nạp lại" } };
        var after = TestCatalog.Build([edited, .. before.Questions.Skip(1)]);
        var strings = UiStrings.For(Locale.Vi);

        var old = cache.Question(before, Context(before, before.Questions[0], "s-1"), strings);
        var reloaded = cache.Question(after, Context(after, edited, "s-1"), strings);

        Assert.Equal(before.Version, after.Version);
        Assert.DoesNotContain("Câu hỏi đã sửa", old.Json, StringComparison.Ordinal);
        Assert.True(JToken.DeepEquals(QuestionCard.Build(Context(after, edited, "s-1"), strings), JObject.Parse(reloaded.Json)));
    }

    [Fact]
    public void Answered_AnotherDay_ShowsTheLegalStatusOfThatDay()
    {
        var cache = new QuizCardCache();
        var catalog = TestCatalog.Build();
        var question = catalog.QuestionsById["is-002"]; // cites the Law on Cybersecurity, in force from 1 July 2026
        var strings = UiStrings.For(Locale.En);
        var context = Context(catalog, question, "s-1");
        var result = new GradeResult("d", OptionGrade.Best);
        var options = new AnsweredCardOptions { ShowNext = true };

        foreach (var day in new[] { Today, new DateOnly(2026, 8, 1), Today })
        {
            var expected = AnsweredCard.Build(context, strings, result, ReferenceLines.For(question, catalog, strings, day), options);
            Assert.True(JToken.DeepEquals(expected, JObject.Parse(cache.Answered(catalog, context, strings, result, day, options).Json)), day.ToString());
        }
    }

    [Fact]
    public void Answered_WithASummary_IsRefused()
    {
        var catalog = TestCatalog.Build();
        var options = new AnsweredCardOptions { Summary = [CardJson.Text("summary")] };

        Assert.Throws<ArgumentException>(() => new QuizCardCache().Answered(
            catalog, Context(catalog, catalog.Questions[0], "s-1"), UiStrings.For(Locale.Vi), new GradeResult("a", OptionGrade.Wrong), Today, options));
    }

    private static IEnumerable<(Question Question, UiStrings Strings)> Bank() =>
        from question in Shipped.Value.Questions
        from locale in new[] { Locale.Vi, Locale.En }
        select (question, UiStrings.For(locale));

    /// <summary>The cards of answering, "next", a repeated answer and a report; the last answer with two different summaries.</summary>
    private static IEnumerable<(AnsweredCardOptions Options, SessionSummary? Summary)> Cases(UiStrings strings) =>
    [
        (new() { ShowNext = true }, null),
        (new() { NextSentBelow = true }, null),
        (new(), null),
        (new() { Notice = strings.AlreadyAnswered, ShowNext = true }, null),
        (new() { Notice = strings.ReportThanks, Reported = true }, null),
        (new() { Notice = strings.ReportThanks, Reported = true, ShowNext = true }, null),
        (new(), Summary(5, 5, [])),
        (new(), Summary(2, 5, [.. Shipped.Value.Topics.Take(2).Select(t => t.Id), "removed-topic"])),
        (new() { Notice = strings.AlreadyAnswered }, Summary(0, 3, [Shipped.Value.Topics[0].Id])),
    ];

    private static SessionSummary Summary(int correct, int answered, IReadOnlyList<string> review) => new()
    {
        Points = correct,
        MaxPoints = answered,
        Answered = answered,
        Correct = correct,
        TopicsToReview = review,
    };

    /// <summary>An on-demand session id, and a daily one at another position: different headers on one template.</summary>
    private static IEnumerable<QuestionContext> Contexts(Question question) =>
    [
        Context(Shipped.Value, question, Guid.NewGuid().ToString("N"), number: 1),
        Context(Shipped.Value, question, DailySessionIds.For("29:user-\"lan\"", Today), number: 5),
    ];

    private static QuestionContext Context(ContentCatalog catalog, Question question, string sessionId, int number = 2) => new()
    {
        Question = question,
        SessionId = sessionId,
        Number = number,
        Total = 5,
        Topic = catalog.FindTopic(question.TopicId),
    };

    private static void Compare(List<string> mismatches, string what, JObject expected, PreparedCard prepared)
    {
        if (!JToken.DeepEquals(expected, JObject.Parse(prepared.Json)) || CardMessage.From(expected).Summary != prepared.Summary)
        {
            mismatches.Add(what);
        }
    }
}

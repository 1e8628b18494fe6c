namespace EthicsBot.Dialogs.Tests.Cards;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Validation;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using Newtonsoft.Json.Linq;

/// <summary>Teams refuses messages over 40 KB (UTF-16) with 413 MessageSizeTooBig.</summary>
public sealed class CardSizeTests
{
    private const int TeamsLimitBytes = 40 * 1024;

    [Fact]
    public void EveryCard_OfTheShippedBank_StaysUnderTheTeamsLimit()
    {
        var loaded = ContentLoader.Load(RepositoryContent.Directory);
        Assert.True(loaded.IsValid, string.Join('\n', loaded.Errors.Select(e => e.ToString())));
        var catalog = loaded.Catalog!;
        Assert.NotEmpty(catalog.Questions);

        var largest = catalog.Questions.SelectMany(q => AllCards(catalog, q)).Max(CardReader.MessageBytes);

        Assert.InRange(largest, 1, TeamsLimitBytes - 1);
    }

    [Fact]
    public void EveryCard_OfAQuestionAtEveryLengthLimit_StaysUnderTheTeamsLimit()
    {
        var question = MaximalQuestion();
        var catalog = TestCatalog.Build([question]);

        var largest = AllCards(catalog, question).Max(CardReader.MessageBytes);

        Assert.InRange(largest, 10 * 1024, TeamsLimitBytes - 1);
    }

    /// <summary>The question card and every answered card (each option, with notice and summary), in both languages.</summary>
    private static IEnumerable<JObject> AllCards(ContentCatalog catalog, Question question)
    {
        var view = new QuizView(TimeProvider.System);
        foreach (var strings in new[] { UiStrings.For(Locale.Vi), UiStrings.For(Locale.En) })
        {
            var context = new QuestionContext { Question = question, SessionId = Guid.NewGuid().ToString("N"), Number = 20, Total = 20, Topic = catalog.FindTopic(question.TopicId) };
            yield return QuestionCard.Build(context, strings, strings.InvalidAnswer + " " + strings.ChooseAgain);
            var references = ReferenceLines.For(question, catalog, strings, view.Today(catalog));
            var summary = SummarySection.Build(new SessionSummary
            {
                Points = 0,
                MaxPoints = 20,
                Answered = 20,
                Correct = 0,
                TopicsToReview = [.. catalog.Topics.Select(t => t.Id)],
            }, catalog, strings);
            foreach (var optionId in question.Grades.Keys)
            {
                var result = Grader.Grade(question, optionId)!;
                yield return AnsweredCard.Build(context, strings, result, references, new AnsweredCardOptions
                {
                    Notice = strings.AlreadyAnswered,
                    Summary = summary,
                });
            }

            yield return ExplanationCard.Build(question, strings, references);
        }
    }

    private static Question MaximalQuestion()
    {
        // Vietnamese text at the limits; diacritics and emoji-free text cost two UTF-16 bytes per character either way.
        static string Fill(int length) => string.Concat(Enumerable.Repeat("Đường dây nóng ", length / 15 + 1))[..length];
        QuestionText Text() => new()
        {
            Stem = Fill(ContentLimits.StemMax),
            Options = [.. ContentLimits.OptionIds.Select(id => new QuestionOption { Id = id, Text = Fill(ContentLimits.OptionMax), Feedback = Fill(ContentLimits.FeedbackMax) })],
            Explanation = Fill(ContentLimits.ExplanationMax),
        };
        return new Question
        {
            Id = "max-001",
            TopicId = TestCatalog.SocialMedia.Id,
            Objective = "max-length",
            Difficulty = 3,
            Kind = QuestionKind.Dilemma,
            Grades = new Dictionary<string, OptionGrade> { ["a"] = OptionGrade.Acceptable, ["b"] = OptionGrade.Best, ["c"] = OptionGrade.Wrong, ["d"] = OptionGrade.Wrong },
            Vi = Text(),
            En = Text(),
            References =
            [
                new LegalReference { DocumentId = TestCatalog.CadresLaw.Id, Article = "14", Clause = "2", Point = "a" },
                new LegalReference { DocumentId = TestCatalog.OldCadresLaw.Id, Article = "15" },
                new LegalReference { DocumentId = TestCatalog.CyberLaw.Id, Article = "7", Clause = "2", Point = "g" },
                new LegalReference { DocumentId = TestCatalog.CodeOfConduct.Id },
            ],
        };
    }
}

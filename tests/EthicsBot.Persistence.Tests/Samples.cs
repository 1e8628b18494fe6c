namespace EthicsBot.Persistence.Tests;

using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Users;

/// <summary>Valid records for tests to vary with <c>with</c>.</summary>
internal static class Samples
{
    public static UserProfile User(string userId = "29:user-1") => new()
    {
        UserId = userId,
        AadObjectId = "aad-1",
        TenantId = "tenant-1",
        DisplayName = "Nguyễn Văn An",
        Unit = "UBND xã Tân Lập",
        Locale = Locale.Vi,
        LocaleChosen = true,
        CreatedAt = TestDatabase.Now,
    };

    public static QuizSessionRecord Session(string sessionId = "s-1", string userId = "29:user-1") => new()
    {
        SessionId = sessionId,
        UserId = userId,
        Kind = SessionKind.Daily,
        QuestionIds = ["q-privacy-01", "q-secrets-02", "q-online-03"],
        ContentVersion = "2026.03.01",
        Locale = Locale.En,
        StartedAt = TestDatabase.Now,
        TopicId = "personal-data",
    };

    public static AnswerRecord Answer(string sessionId = "s-1", string questionId = "q-privacy-01", string userId = "29:user-1") => new()
    {
        SessionId = sessionId,
        UserId = userId,
        QuestionId = questionId,
        TopicId = "personal-data",
        OptionId = "b",
        Grade = OptionGrade.Acceptable,
        ContentVersion = "2026.03.01",
        AnsweredAt = TestDatabase.Now.AddMinutes(2),
    };
}

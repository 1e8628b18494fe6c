namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Quizzes;

internal static class AnswerHistory
{
    public static IReadOnlyList<AnswerHistoryEntry> From(IEnumerable<AnswerRecord> answers) =>
        [.. answers.Select(a => new AnswerHistoryEntry(a.QuestionId, a.TopicId, a.IsCorrect, a.AnsweredAt) { Grade = a.Grade })];
}

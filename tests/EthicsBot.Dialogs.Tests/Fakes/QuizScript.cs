namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using Newtonsoft.Json.Linq;

/// <summary>Reads the question a card shows and picks right or wrong options for it.</summary>
public static class QuizScript
{
    public static string QuestionId(JObject questionCard) => (string)CardReader.ExecuteActions(questionCard)[0]["data"]!["questionId"]!;

    public static string SessionId(JObject questionCard) => (string)CardReader.ExecuteActions(questionCard)[0]["data"]!["sessionId"]!;

    public static string Best(ContentCatalog catalog, JObject questionCard) => Grader.BestOptionId(catalog.QuestionsById[QuestionId(questionCard)]);

    public static string Wrong(ContentCatalog catalog, JObject questionCard) =>
        catalog.QuestionsById[QuestionId(questionCard)].Grades.First(g => g.Value == OptionGrade.Wrong).Key;

    /// <summary>The typed reply "1".."4" for an option id.</summary>
    public static string Digit(string optionId) => ((char)('1' + (optionId[0] - 'a'))).ToString();
}

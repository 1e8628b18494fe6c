namespace EthicsBot.Dialogs.Feedback;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Strings;
using Newtonsoft.Json.Linq;

/// <summary>
/// "Báo lỗi câu hỏi / Report a problem" on an answered card: a form that opens in place with the reasons and an
/// optional note, sent as an Action.Execute (Action.Submit fallback) naming the session and question.
/// </summary>
public static class ReportForm
{
    public const int MaxNoteLength = 300;

    public static JObject Action(QuestionContext context, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strings);
        var titles = new Dictionary<string, string>
        {
            ["outdated-law"] = strings.ReasonOutdatedLaw,
            ["wrong-answer"] = strings.ReasonWrongAnswer,
            ["unclear"] = strings.ReasonUnclear,
            ["other"] = strings.ReasonOther,
        };
        var form = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JArray
            {
                new JObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = "reason",
                    ["label"] = strings.ReportReasonLabel,
                    ["style"] = "expanded",
                    ["isRequired"] = true,
                    ["errorMessage"] = strings.ReportPickReason,
                    ["choices"] = new JArray(ReportWords.Codes.Select(c => new JObject { ["title"] = titles[c.Code], ["value"] = c.Code })),
                },
                new JObject
                {
                    ["type"] = "Input.Text",
                    ["id"] = "note",
                    ["label"] = strings.ReportNoteLabel,
                    ["isMultiline"] = true,
                    ["maxLength"] = MaxNoteLength,
                },
            },
            ["actions"] = new JArray
            {
                CardJson.Execute(strings.ReportSend, new ButtonData
                {
                    Verb = CardVerbs.Report,
                    SessionId = context.SessionId,
                    QuestionId = context.Question.Id,
                }),
            },
        };
        return new JObject { ["type"] = "Action.ShowCard", ["title"] = strings.ReportButton, ["card"] = form };
    }
}

namespace EthicsBot.Host.Bot;

using EthicsBot.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

internal static class ErrorMessage
{
    public static string For(Locale locale) => locale == Locale.Vi
        ? "Xin lỗi, đã có lỗi xảy ra. Các câu bạn đã trả lời vẫn được lưu đầy đủ. Gõ \"bắt đầu\" để làm bài mới hoặc \"trợ giúp\" để xem hướng dẫn."
        : "Sorry, something went wrong. Every answer you gave is saved. Type \"quiz\" to start again or \"help\" for the commands.";

    public static bool IsAdaptiveCardAction(this IActivity activity) =>
        activity.Type == ActivityTypes.Invoke && (activity as Activity)?.Name == "adaptiveCard/action";

    public static Activity InvokeResponse(string text)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = text,
                ["wrap"] = true,
            }),
        };
        return new Activity
        {
            Type = ActivityTypesEx.InvokeResponse,
            Value = new InvokeResponse
            {
                Status = 200,
                Body = new AdaptiveCardInvokeResponse
                {
                    StatusCode = 200,
                    Type = "application/vnd.microsoft.card.adaptive",
                    Value = card,
                },
            },
        };
    }
}

namespace EthicsBot.Dialogs.Strings;

public sealed partial class ViStrings
{
    public override string HelpAsk => "Hỏi bất cứ điều gì về ứng xử công vụ; bot trả lời theo bộ tình huống và văn bản đang có hiệu lực";
    public override string AskTitle => "Theo bộ tình huống của EthicsBot";
    public override string AskScenariosLabel => "Tình huống liên quan";
    public override string AskScenarioButton(int number) => $"Làm tình huống {number}";
    public override string AskSourceNote => "Trích từ phần giải thích trong bộ tình huống; căn cứ là văn bản đang có hiệu lực hôm nay.";
    public override string AskNotFound =>
        "Mình chưa có quy tắc nào trong bộ tình huống đủ sát với câu hỏi này, nên không đoán. Bạn thử hỏi cụ thể hơn, hoặc chọn một chủ đề dưới đây.";
    public override string AskUnknownDocument(string named) =>
        $"Văn bản \"{named}\" không có trong danh mục văn bản của EthicsBot, nên mình không trả lời dựa trên nó. Bạn kiểm tra lại số hiệu, hoặc chọn một chủ đề dưới đây.";
    public override string AskPremiseOutdated(string document, string status) =>
        $"Lưu ý: {document} {status}. Câu trả lời dưới đây theo văn bản đang có hiệu lực.";
    public override string ScenarioUnavailable => "Tình huống này không còn trong bộ câu hỏi (có thể vì văn bản căn cứ đã thay đổi).";
    public override string ExplainerTitle => "Giải thích thêm";
    public override string ExplainerDailyLimit(int limit) =>
        $"Hôm nay bạn đã dùng hết {limit} lượt giải thích bằng AI. Câu trả lời theo bộ tình huống ở trên vẫn đầy đủ căn cứ; mai bạn hỏi tiếp nhé.";
    public override string ExplainerWhyTitle => "Vì sao lựa chọn của bạn đúng hay chưa đúng";
}

namespace EthicsBot.Dialogs.Strings;

using System.Globalization;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public sealed partial class ViStrings : UiStrings
{
    public static ViStrings Instance { get; } = new();

    private ViStrings()
    {
    }

    public override Locale Locale => Locale.Vi;
    public override string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
    public override string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public override string QuestionProgress(int number, int total) => $"Câu {number}/{total}";
    public override string AnswerHint(int optionCount) => $"Trả lời 1–{optionCount} hoặc a–{(char)('a' + optionCount - 1)}";
    public override string YourChoice => "bạn chọn";
    public override string ResultCorrect => "✅ Chính xác!";
    public override string ResultWrong => "❌ Chưa đúng.";
    public override string ResultBest => "🌟 Cách xử lý tốt nhất!";
    public override string ResultAcceptable => "👍 Chấp nhận được, nhưng chưa phải cách tốt nhất.";
    public override string ResultDilemmaWrong => "❌ Chưa phù hợp.";
    public override string CorrectAnswerLabel => "Đáp án đúng";
    public override string BestAnswerLabel => "Cách xử lý tốt nhất";
    public override string ExplanationLabel => "Giải thích";
    public override string ReferencesLabel => "Căn cứ";
    public override string NextButton => "Câu tiếp theo";
    public override string NextHint => "Bấm \"Câu tiếp theo\" hoặc gõ \"tiếp\".";
    public override string NextQuestionBelow => "Câu tiếp theo ở tin nhắn bên dưới.";
    public override string NewQuizButton => "Làm bài mới";
    public override string ProgressButton => "Xem tiến độ";

    public override string SummaryTitle => "Kết quả bài làm";
    public override string SummaryScore(int correct, int answered, double points, double maxPoints, int percent) =>
        $"Đúng {correct}/{answered} câu · Điểm {Number(points)}/{Number(maxPoints)} ({percent}%)";
    public override string ReviewTopics(string topicNames) => $"Nên ôn lại: {topicNames}";
    public override string NothingToReview => "Bạn không sai câu nào. Rất tốt!";

    public override string QuizEnded => "Bài kiểm tra này đã kết thúc. Gõ \"bắt đầu\" để làm bài mới.";
    public override string AlreadyAnswered => "Bạn đã trả lời câu này rồi; câu trả lời đầu tiên được tính.";
    public override string InvalidAnswer => "Câu trả lời này không hợp lệ.";
    public override string ChooseAgain => "Hãy chọn một trong các phương án dưới đây.";
    public override string NotYourCard => "Thẻ này thuộc về người khác. Gõ \"bắt đầu\" để làm bài của riêng bạn.";
    public override string NoQuestionWaiting => "Hiện không có câu hỏi nào đang chờ trả lời. Gõ \"bắt đầu\" để làm bài.";
    public override string QuestionRetired => "Câu hỏi này đã được gỡ khỏi ngân hàng câu hỏi. Gõ \"bắt đầu\" để làm bài mới.";
    public override string QuestionSkipped => "Câu hỏi bạn đang làm vừa được gỡ khỏi ngân hàng câu hỏi nên được bỏ qua. Mời bạn làm câu tiếp theo.";
    public override string NoQuestionsForTopic(string topicName) => $"Chủ đề \"{topicName}\" chưa có câu hỏi nào. Hãy chọn chủ đề khác.";
    public override string NoQuestionsAtAll => "Ngân hàng câu hỏi đang trống. Vui lòng báo quản trị viên.";
    public override string CurrentQuestionAgain => "Bạn đang làm dở câu này:";
    public override string PreviousQuizClosed => "Bài đang làm dở trước đó đã được đóng lại.";
    public override string QuizStopped(int answered, int total) =>
        $"Đã dừng bài kiểm tra ({answered}/{total} câu đã trả lời, đều đã được lưu). Gõ \"bắt đầu\" khi bạn muốn làm tiếp.";
    public override string NothingToStop => "Không có việc gì đang làm dở để dừng.";
    public override string ActionFailed => "Xin lỗi, chưa xử lý được thao tác này. Các câu trả lời của bạn vẫn được lưu. Hãy thử lại hoặc gõ \"bắt đầu\".";
    public override string UnknownHint => "Mình chưa hiểu tin nhắn này. Gõ \"bắt đầu\" để làm bài hoặc \"trợ giúp\" để xem các lệnh.";

    public override string UnknownTopicTitle => "Không tìm thấy chủ đề này.";
    public override string TopicCommand(string alias) => $"bắt đầu {alias}";
    public override string TopicListIntro => "Các chủ đề hiện có — bấm vào một chủ đề hoặc gõ lệnh ghi bên cạnh:";

    public override string WelcomeTitle(string? name) => string.IsNullOrWhiteSpace(name) ? "Xin chào!" : $"Xin chào {name}!";
    public override string WelcomeBody =>
        "Mình là EthicsBot, người bạn đồng hành rèn luyện văn hoá công vụ trên môi trường số: ứng xử trên mạng xã hội, "
        + "an toàn thông tin, bảo vệ bí mật nhà nước và dữ liệu cá nhân, minh bạch, văn bản điện tử và liêm chính. "
        + "Mỗi ngày làm việc chỉ cần khoảng 5 phút.";
    public override string WelcomeHowTo(int sessionLength) =>
        $"Gõ \"bắt đầu\" để làm bài {sessionLength} câu, \"tiến độ\" để xem kết quả, \"trợ giúp\" để xem mọi lệnh.";
    public override string StartButton => "Bắt đầu";
    public override string HelpButton => "Trợ giúp";
    public override string OtherLanguageButton => "English";
    public override Locale OtherLanguage => Locale.En;
    public override string HelpTitle => "Các lệnh của EthicsBot";
    public override string HelpIntro => "Gõ lệnh bằng tiếng Việt (có dấu hoặc không dấu) hoặc tiếng Anh.";
    public override string HelpQuiz(int sessionLength) => $"Làm một bài {sessionLength} câu hỏi";
    public override string HelpQuizTopic => "Làm bài theo một chủ đề (gõ sai tên sẽ hiện danh sách chủ đề)";
    public override string HelpAnswer => "Trả lời câu hỏi đang làm, nếu không bấm được nút";
    public override string HelpNext => "Sang câu tiếp theo";
    public override string HelpWhy => "Xem lại giải thích và căn cứ của câu vừa trả lời";
    public override string HelpProgress => "Số câu đã làm, tỉ lệ đúng theo chủ đề và chuỗi ngày làm việc";
    public override string HelpStop => "Dừng bài đang làm";
    public override string HelpLanguage => "Đổi ngôn ngữ";
    public override string HelpMyData => "Xem dữ liệu EthicsBot lưu về bạn";
    public override string HelpDelete => "Xoá toàn bộ dữ liệu của bạn";

    public override string LanguageSwitched => "Đã chuyển sang tiếng Việt. Type \"english\" to switch to English.";
    public override string LanguageName(Locale locale) => locale == Locale.Vi ? "Tiếng Việt" : "Tiếng Anh";

    public override string ProgressTitle => "Tiến độ của bạn";
    public override string AnsweredLabel => "Số câu đã trả lời";
    public override string AccuracyLabel => "Tỉ lệ đúng";
    public override string StreakLabel => "Chuỗi hiện tại";
    public override string LongestStreakLabel => "Chuỗi dài nhất";
    public override string Workdays(int days) => $"{days} ngày làm việc";
    public override string StreakNote => "Chuỗi tính theo ngày làm việc có trả lời câu hỏi; cuối tuần và ngày lễ không làm đứt chuỗi.";
    public override string ByTopicHeading => "Theo chủ đề";
    public override string TopicResult(int correct, int answered, int percent) => $"{percent}% ({correct}/{answered})";
    public override string TopicCompleted(DateOnly earned) => $"đạt ngày {Date(earned)}";
    public override string CompletionNote => "\"Đạt\": trả lời đúng mọi mục tiêu của chủ đề trong 90 ngày qua, vào ít nhất hai ngày khác nhau.";
    public override string NotTriedYet => "chưa làm";
    public override string NoAnswersYet => "Bạn chưa trả lời câu nào. Gõ \"bắt đầu\" để làm bài đầu tiên.";
    public override string WhyTitle => "Vì sao?";
    public override string NothingToExplain => "Bạn chưa trả lời câu nào để xem giải thích. Gõ \"bắt đầu\" để làm bài.";

    public override string MyDataTitle => "Dữ liệu EthicsBot lưu về bạn";
    public override string TeamsIdLabel => "Mã người dùng Teams";
    public override string AadObjectIdLabel => "Mã Microsoft Entra";
    public override string TenantLabel => "Mã tổ chức (tenant)";
    public override string DisplayNameLabel => "Tên hiển thị";
    public override string UnitLabel => "Đơn vị";
    public override string LanguageLabel => "Ngôn ngữ";
    public override string LanguageValue(Locale locale, bool chosen) => LanguageName(locale) + (chosen ? " (bạn đã chọn)" : " (theo Teams)");
    public override string CreatedLabel => "Bắt đầu sử dụng";
    public override string AnswersStoredLabel => "Câu trả lời đã lưu";
    public override string LastAnswerLabel => "Lần trả lời gần nhất";
    public override string NotSet => "(không có)";
    public override string MyDataFooter =>
        "EthicsBot không lưu nội dung tin nhắn bạn gõ. Gõ \"xoá dữ liệu của tôi\" để xoá toàn bộ dữ liệu trên.";
    public override string DeleteConfirmTitle => "Xoá toàn bộ dữ liệu của bạn?";
    public override string DeleteConfirmBody =>
        "Hồ sơ, mọi câu trả lời, tiến độ và chuỗi ngày của bạn sẽ bị xoá vĩnh viễn và không thể khôi phục.";
    public override string DeleteConfirmHint => "Bấm \"Xoá dữ liệu\" hoặc gõ \"xác nhận xoá\"; gõ \"huỷ\" để giữ lại.";
    public override string DeleteYes => "Xoá dữ liệu";
    public override string DeleteNo => "Giữ lại";
    public override string DeleteDone => "Đã xoá toàn bộ dữ liệu của bạn. Nếu bạn nhắn tiếp, EthicsBot sẽ bắt đầu lại từ đầu.";
    public override string DeleteCancelled => "Đã huỷ. Dữ liệu của bạn được giữ nguyên.";
    public override string NothingToConfirm => "Không có yêu cầu xoá nào đang chờ. Gõ \"xoá dữ liệu của tôi\" nếu bạn muốn xoá.";

    public override string Citation(LegalReference reference, LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parts = new List<string>();
        if (reference.Point is { } point)
        {
            parts.Add($"điểm {point}");
        }

        if (reference.Clause is { } clause)
        {
            parts.Add($"khoản {clause}");
        }

        if (reference.Article is { } article)
        {
            parts.Add($"Điều {article}");
        }

        parts.Add(DocumentName(document));
        var text = string.Join(", ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public override string DocumentName(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return IsOfficialNumber(document.Number) ? $"{document.Title.Vi} số {document.Number}" : document.Title.Vi;
    }

    public override string InForce => "đang có hiệu lực";
    public override string InForceFrom(DateOnly date) => $"có hiệu lực từ {Date(date)}";
    public override string SupersededBy(string replacement, DateOnly? date) =>
        date is { } on ? $"hết hiệu lực từ {Date(on)}, thay bằng {replacement}" : $"đã được thay bằng {replacement}";
    public override string ToBeSupersededBy(string replacement, DateOnly date) => $"còn hiệu lực đến khi {replacement} áp dụng từ {Date(date)}";
    public override string NoLongerInForce(DateOnly date) => $"hết hiệu lực từ {Date(date)}";
    public override string InForceUntil(DateOnly firstDayOut) => $"có hiệu lực đến hết ngày {Date(firstDayOut.AddDays(-1))}";

    public override string ReportButton => "Báo lỗi câu hỏi";
    public override string ReportReasonLabel => "Câu hỏi có vấn đề gì?";
    public override string ReasonOutdatedLaw => "Luật đã cũ, hết hiệu lực";
    public override string ReasonWrongAnswer => "Đáp án sai";
    public override string ReasonUnclear => "Khó hiểu";
    public override string ReasonOther => "Lý do khác";
    public override string ReportNoteLabel => "Ghi chú thêm (không bắt buộc)";
    public override string ReportSend => "Gửi báo lỗi";
    public override string ReportThanks => "Cảm ơn bạn! Báo lỗi đã được ghi nhận; quản trị viên sẽ xem xét câu hỏi này.";
    public override string ReportAlready => "Bạn đã báo lỗi câu hỏi này rồi; quản trị viên sẽ xem xét.";
    public override string ReportNothing => "Chưa có câu hỏi nào bạn đã trả lời để báo lỗi.";
    public override string ReportPickReason => "Hãy chọn một lý do rồi gửi lại.";
    public override string ReportHowTo => "Gõ \"báo lỗi\" kèm lý do: luật cũ, sai đáp án, khó hiểu hoặc khác, có thể thêm ghi chú. Ví dụ: báo lỗi sai đáp án, câu c mới đúng";
    public override string HelpReport => "Báo lỗi câu hỏi vừa trả lời (luật cũ, sai đáp án, khó hiểu, khác)";
}

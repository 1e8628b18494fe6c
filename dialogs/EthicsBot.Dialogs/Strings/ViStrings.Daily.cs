namespace EthicsBot.Dialogs.Strings;

public sealed partial class ViStrings
{
    private static readonly string[] WeekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public override string DailyTitle => "Câu hỏi hằng ngày";
    public override string DailyCardHeading(DateOnly date) => $"Câu hỏi hằng ngày · {WeekdayNames[(int)date.DayOfWeek]}, {Date(date)}";
    public override string DailyReminder => "Nhắc nhẹ: câu hỏi hằng ngày hôm nay vẫn đang chờ bạn.";
    public override string DailyAutoPaused =>
        "Mình đã tạm dừng câu hỏi hằng ngày vì nhiều ngày làm việc liền bạn chưa trả lời. Khi muốn nhận lại, gõ \"nhắc hằng ngày tiếp tục\".";
    public override string DailyResumeButton => "Nhận lại câu hỏi hằng ngày";
    public override string DailyOnButton => "Bật";
    public override string DailyOffButton => "Tắt";
    public override string DailyPauseWeekButton => "Tạm dừng 7 ngày";
    public override string DailyStatusLabel => "Trạng thái";
    public override string DailyOn => "Đang bật";
    public override string DailyOff => "Đang tắt";
    public override string DailyPausedUntil(DateOnly lastDay) => $"Tạm dừng đến hết {Date(lastDay)}";
    public override string DailyAutoPausedStatus => "Tự tạm dừng vì nhiều ngày chưa trả lời";
    public override string DailyTimeLabel => "Giờ gửi";
    public override string DailyCountLabel => "Số câu mỗi ngày";
    public override string DailyWorkdaysNote => "Chỉ gửi vào ngày làm việc; cuối tuần và ngày lễ, Tết được nghỉ.";
    public override string DailyUsage =>
        "Gõ \"nhắc hằng ngày bật\" hoặc \"nhắc hằng ngày tắt\", \"nhắc hằng ngày 8:30\" để đổi giờ, \"tạm dừng 5 ngày\" khi đi vắng, \"nhắc hằng ngày tiếp tục\" để nhận lại.";
    public override string DailyInvalid => "Mình chưa hiểu cài đặt này.";
    public override string DailyTurnedOn => "Đã bật câu hỏi hằng ngày.";
    public override string DailyTurnedOff => "Đã tắt câu hỏi hằng ngày. Bạn vẫn có thể gõ \"bắt đầu\" để làm bài bất cứ lúc nào.";
    public override string DailyTimeSet(TimeOnly time) => $"Từ nay câu hỏi hằng ngày được gửi lúc {Clock(time)}.";
    public override string DailyPaused(DateOnly lastDay) => $"Đã tạm dừng câu hỏi hằng ngày đến hết {Date(lastDay)}.";
    public override string DailyResumed => "Đã nhận lại câu hỏi hằng ngày.";
    public override string DailyTimeOutOfHours(TimeOnly earliest, TimeOnly end) =>
        $"Giờ gửi cần nằm trong giờ hành chính, từ {Clock(earliest)} đến trước {Clock(end)}.";
    public override string DailyPauseRange(int maxDays) => $"Có thể tạm dừng từ 1 đến {maxDays} ngày.";
    public override string WelcomeDaily(TimeOnly time, int questions) =>
        $"Mỗi ngày làm việc lúc {Clock(time)}, mình sẽ gửi {questions} câu hỏi; gõ \"nhắc hằng ngày\" để đổi giờ hoặc tắt.";
    public override string HelpDaily => "Xem và đổi câu hỏi hằng ngày (bật/tắt, giờ gửi, tạm dừng)";
}

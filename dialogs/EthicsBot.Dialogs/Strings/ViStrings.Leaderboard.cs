namespace EthicsBot.Dialogs.Strings;

using System.Globalization;

public sealed partial class ViStrings
{
    public override string HelpLeaderboard => "Trong kênh hoặc nhóm chat: nhận (hoặc thôi nhận) bảng xếp hạng thi đua các đơn vị vào sáng thứ Hai";
    public override string LeaderboardChannelOnly =>
        "Lệnh này dùng trong kênh Teams hoặc nhóm chat có bot: gõ \"bảng xếp hạng bật\" ở đó để nhóm nhận bảng xếp hạng hằng tuần.";
    public override string LeaderboardOn(string unitPath) =>
        $"Đã bật: sáng thứ Hai hằng tuần (ngày làm việc đầu tuần), nhóm này nhận bảng xếp hạng thi đua của các đơn vị trực thuộc {unitPath}. Gõ \"bảng xếp hạng tắt\" để thôi nhận.";
    public override string LeaderboardOff => "Đã tắt: nhóm này không nhận bảng xếp hạng hằng tuần nữa.";
    public override string LeaderboardNotAllowed =>
        "Chỉ người tổ chức thi đua do đơn vị triển khai bot chỉ định mới bật hoặc tắt được bảng xếp hạng của nhóm. Hãy nhờ họ gõ lệnh này.";
    public override string LeaderboardWasOff => "Nhóm này chưa đăng ký nhận bảng xếp hạng.";
    public override string LeaderboardNeedUnit =>
        "Bạn chưa chọn đơn vị. Hãy ghi tên đơn vị sau lệnh, ví dụ \"bảng xếp hạng bật Huế\", hoặc chọn đơn vị của bạn bằng lệnh \"đơn vị\" trong chat riêng với bot.";
    public override string LeaderboardUnitNotFound(string query) => $"Không tìm thấy đơn vị \"{query}\". Hãy thử tên khác hoặc mã đơn vị.";
    public override string LeaderboardUnitAmbiguous(string query, string choices) =>
        $"Có nhiều đơn vị khớp với \"{query}\": {choices}. Hãy gõ lại lệnh với mã đơn vị trong ngoặc.";
    public override string LeaderboardStatus(string? unitPath) =>
        (unitPath is null ? "Nhóm này chưa nhận bảng xếp hạng hằng tuần." : $"Nhóm này nhận bảng xếp hạng của các đơn vị trực thuộc {unitPath} vào sáng thứ Hai.")
        + " Gõ \"bảng xếp hạng bật\" (có thể kèm tên đơn vị) để bật, \"bảng xếp hạng tắt\" để tắt.";
    public override string LeaderboardTitle(string unitName) => $"Bảng xếp hạng thi đua: {unitName}";
    public override string LeaderboardWeek(DateOnly from, DateOnly to) =>
        $"Tuần từ {from.ToString("dd/MM", CultureInfo.InvariantCulture)} đến {to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
    public override string LeaderboardEntry(double participation, double accuracy) =>
        $"tham gia {Percent(participation)} · trả lời đúng {Percent(accuracy)}";
    public override string LeaderboardNobodyRanked => "Tuần qua chưa có đơn vị nào đủ số người tham gia để xếp hạng.";
    public override string LeaderboardUnranked(int count, int minGroupSize) =>
        $"{count} đơn vị không được xếp hạng vì có dưới {minGroupSize} người tham gia (để không lộ kết quả của nhóm nhỏ).";
    public override string LeaderboardHow =>
        "Điểm = tỉ lệ người đã luyện tập trên số người đăng ký × tỉ lệ trả lời đúng, nên đơn vị nhỏ và lớn được so sánh công bằng.";
    public override string LeaderboardSeason(string season, string? topics) =>
        topics is null ? $"Mùa thi đua: {season}" : $"Mùa thi đua: {season} · chủ đề tính điểm: {topics}";

    private static string Percent(double percent) => percent.ToString("0", CultureInfo.InvariantCulture) + "%";
}

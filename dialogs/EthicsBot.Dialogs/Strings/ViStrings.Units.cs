namespace EthicsBot.Dialogs.Strings;

public sealed partial class ViStrings
{
    public override string UnitTitle => "Đơn vị của bạn";
    public override string UnitCurrentLabel => "Đơn vị";
    public override string UnitNone => "Chưa chọn";
    public override string UnitSearchHint =>
        "Gõ tên xã, phường hoặc cơ quan rồi bấm Tìm (có dấu hay không dấu đều được), hoặc gõ \"đơn vị <tên>\". Báo cáo chỉ tính số liệu gộp của đơn vị, không bao giờ nêu tên từng người.";
    public override string UnitSearchPlaceholder => "Ví dụ: Tân Hòa";
    public override string UnitSearchButton => "Tìm";
    public override string UnitResults => "Chọn đơn vị của bạn:";
    public override string UnitNoMatch(string query) => $"Không tìm thấy đơn vị nào khớp với \"{query}\". Hãy thử tên ngắn hơn.";
    public override string UnitChosen(string path) => $"Đã lưu: {path}. Từ hôm nay, câu trả lời của bạn được tính cho đơn vị này.";
    public override string UnitFromRoster(string path) => $"Theo danh sách do quản trị viên nhập, đơn vị của bạn là {path}.";
    public override string UnitUnknown => "Đơn vị này không còn trong danh mục; hãy tìm và chọn lại.";
    public override string HelpUnit => "Xem hoặc đổi đơn vị công tác của bạn (dùng cho báo cáo theo đơn vị)";
}

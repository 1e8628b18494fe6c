namespace EthicsBot.Domain.Units;

/// <summary>
/// The 34 provincial-level units in force since Resolution 202/2025/QH15 of the National Assembly (on rearranging
/// provincial-level administrative units, effective 12 June 2025): 28 provinces and 6 centrally-run cities. Ids are
/// stable keys stored with memberships; names are as the resolution writes them, without the "tỉnh"/"thành phố" prefix.
/// </summary>
public static class Provinces
{
    public static IReadOnlyList<Unit> All { get; } =
    [
        City("ha-noi", "Hà Nội"),
        City("hue", "Huế"),
        City("hai-phong", "Hải Phòng"),
        City("da-nang", "Đà Nẵng"),
        City("ho-chi-minh", "Hồ Chí Minh"),
        City("can-tho", "Cần Thơ"),
        // Not rearranged by the resolution.
        Province("lai-chau", "Lai Châu"),
        Province("dien-bien", "Điện Biên"),
        Province("son-la", "Sơn La"),
        Province("lang-son", "Lạng Sơn"),
        Province("quang-ninh", "Quảng Ninh"),
        Province("thanh-hoa", "Thanh Hóa"),
        Province("nghe-an", "Nghệ An"),
        Province("ha-tinh", "Hà Tĩnh"),
        Province("cao-bang", "Cao Bằng"),
        // Formed by the resolution.
        Province("tuyen-quang", "Tuyên Quang"),
        Province("lao-cai", "Lào Cai"),
        Province("thai-nguyen", "Thái Nguyên"),
        Province("phu-tho", "Phú Thọ"),
        Province("bac-ninh", "Bắc Ninh"),
        Province("hung-yen", "Hưng Yên"),
        Province("ninh-binh", "Ninh Bình"),
        Province("quang-tri", "Quảng Trị"),
        Province("quang-ngai", "Quảng Ngãi"),
        Province("gia-lai", "Gia Lai"),
        Province("khanh-hoa", "Khánh Hòa"),
        Province("lam-dong", "Lâm Đồng"),
        Province("dak-lak", "Đắk Lắk"),
        Province("dong-nai", "Đồng Nai"),
        Province("tay-ninh", "Tây Ninh"),
        Province("vinh-long", "Vĩnh Long"),
        Province("dong-thap", "Đồng Tháp"),
        Province("ca-mau", "Cà Mau"),
        Province("an-giang", "An Giang"),
    ];

    private static Unit City(string id, string name) => new(id, name, null, UnitKind.CentralCity);

    private static Unit Province(string id, string name) => new(id, name, null, UnitKind.Province);
}

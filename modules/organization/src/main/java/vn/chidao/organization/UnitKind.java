package vn.chidao.organization;

/** What sort of body a unit is; reports group and sort units by it. */
public enum UnitKind {
    /** Sở, ban, ngành cấp tỉnh; also Công an tỉnh and Văn phòng UBND tỉnh. */
    PROVINCIAL_DEPARTMENT,
    /** UBND cấp huyện (district, town, city). */
    DISTRICT,
    /** UBND cấp xã. */
    COMMUNE,
    /** Ban Chỉ đạo and its working group. */
    COMMITTEE,
    /** Báo, Đài phát thanh - truyền hình. */
    PRESS,
    /** Telecom operators and other enterprises that cooperate (VNPT, Viettel). */
    PARTNER,
    /** Cơ quan Đảng: Ban Tuyên giáo và Dân vận Tỉnh ủy, Văn phòng Tỉnh ủy … */
    PARTY_BODY,
    /** Ủy ban MTTQ Việt Nam tỉnh and the mass organisations (Tỉnh đoàn, Hội Liên hiệp Phụ nữ, Hội Nông dân …). */
    MASS_ORGANISATION,
    /** Đơn vị sự nghiệp công lập: hospitals, schools, data centres … */
    PUBLIC_SERVICE_UNIT
}

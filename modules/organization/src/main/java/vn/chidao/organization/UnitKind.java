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
    PARTNER
}

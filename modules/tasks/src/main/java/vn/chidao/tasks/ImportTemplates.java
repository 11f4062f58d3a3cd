package vn.chidao.tasks;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chidao.kernel.Appendices;


/**
 * The appendix templates the import page offers: the columns the imports read, with rows written the way plans write
 * them, and a sheet that says what each column accepts. A secretariat may also keep its own layout: the imports find
 * the columns by their usual names wherever they are.
 */
@ApplicationScoped
public class ImportTemplates {

    private static final String[] TASK_HEADER = {"STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
        "Sản phẩm"};
    private static final String[][] TASK_ROWS = {
        {"1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ, Công an tỉnh",
            "Quý IV/2026", "Tỷ lệ số hóa đạt 100%"},
        {"2", "Báo cáo kết quả thực hiện Đề án 06", "Công an tỉnh", "", "hằng quý", "Báo cáo quý"},
        {"3", "Tuyên truyền về chuyển đổi số", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành", "thường xuyên", ""},
        {"4", "Xây dựng kế hoạch chuyển đổi số năm 2027", "UBND các xã, phường", "", "2026", "Kế hoạch của đơn vị"}};
    private static final String[][] TASK_GUIDE = {
        {"STT", "Mã nhiệm vụ trong văn bản (bắt buộc, không trùng). Cũng đọc: TT, Số TT, Mã."},
        {"Nội dung nhiệm vụ", "Bắt buộc. Cũng đọc: Nhiệm vụ, Nội dung, Nội dung công việc."},
        {"Đơn vị chủ trì", "Bắt buộc. Tên, tên viết tắt hoặc mã đơn vị; nhiều đơn vị cách nhau bằng dấu phẩy → mỗi đơn vị một "
            + "nhiệm vụ (mã 1.1, 1.2 …); nhóm \"UBND các xã, phường\", \"Các sở, ban, ngành\" → mỗi đơn vị của nhóm. Cũng đọc: Cơ quan chủ trì."},
        {"Đơn vị phối hợp", "Không bắt buộc; nhiều đơn vị, nhóm như trên. Cũng đọc: Cơ quan phối hợp."},
        {"Thời hạn", "Bắt buộc: ngày (30/6/2026, trước 30/6/2026), kỳ (Quý II/2026, 6 tháng đầu năm 2026, tháng 9/2026, năm 2026, "
            + "2026), định kỳ (hằng tháng, hằng quý, 6 tháng/lần, hằng năm, đến năm 2030, trước ngày 15) hoặc thường xuyên. "
            + "Cũng đọc: Thời gian hoàn thành, Tiến độ."},
        {"Sản phẩm", "Không bắt buộc. Cũng đọc: Sản phẩm đầu ra, Kết quả."}};
    private static final String[] TARGET_HEADER = {"STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu 2025", "Mục tiêu 2030"};
    private static final String[][] TARGET_ROWS = {
        {"I. KINH TẾ SỐ"},
        {"1", "Tỷ trọng kinh tế số trong GRDP", "%", "15% đến 20%", "tối thiểu 30%"},
        {"2", "Giá trị gia tăng của kinh tế số", "tỷ đồng", "", "tăng bình quân tối thiểu 20%/năm"},
        {"II. CHÍNH QUYỀN SỐ"},
        {"3", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "trên 80%", "100%"},
        {"III. AN TOÀN THÔNG TIN"},
        {"4", "Số sự cố mất an toàn thông tin nghiêm trọng", "sự cố", "không quá 3", "không quá 1"}};
    private static final String[][] TARGET_GUIDE = {
        {"Chỉ tiêu", "Bắt buộc: tên chỉ tiêu. Cũng đọc: Tên chỉ tiêu, Nội dung."},
        {"Đơn vị tính", "Bắt buộc: %, tỷ đồng, doanh nghiệp, sự cố …"},
        {"Mục tiêu <năm>", "Một cột cho mỗi mốc (Mục tiêu 2025, Đến năm 2030 …), viết như văn bản: 100%, 15% đến 20%, trên 50%, "
            + "tối thiểu 80%, không quá 5%, tăng bình quân tối thiểu 7%/năm; để trống nếu chỉ tiêu không có mốc đó."},
        {"Lĩnh vực", "Không bắt buộc: hạ tầng số, chính quyền số, kinh tế số, xã hội số, an toàn thông tin; hoặc dòng đề mục "
            + "(\"II. CHÍNH QUYỀN SỐ\") phía trên các chỉ tiêu của lĩnh vực đó."}};

    /** The task appendix template. */
    public byte[] tasks() {
        return Appendices.template("Phụ lục nhiệm vụ", TASK_HEADER, TASK_ROWS, TASK_GUIDE);
    }

    /** The targets appendix template. */
    public byte[] targets() {
        return Appendices.template("Phụ lục chỉ tiêu", TARGET_HEADER, TARGET_ROWS, TARGET_GUIDE);
    }
}

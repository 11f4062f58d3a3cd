package vn.chidao.reporting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The templates compile, lay out Vietnamese text with the embedded font, and print data as data. */
class TemplatesTest {

    private static Templates templates;

    @BeforeAll
    static void compileOnce() {
        templates = Templates.load();
    }

    @Test
    void briefingPrintsTheAdministrativeHeadingAndEveryTableInTheEmbeddedFont() throws IOException {
        byte[] pdf = templates.pdf("briefing", briefing(3), "Báo cáo", "Chỉ Đạo");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document).replace("\n", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Bình Phước, ngày 23 tháng 11 năm 2026", "Đang thực hiện quá hạn", "Sở Tài chính",
                    "Nơi nhận:", "Tổng cộng");
            assertEveryFontEmbedded(document);
            render(document, "briefing-sample");
        }
    }

    @Test
    void textThatLooksLikeMarkupOrAnExpressionPrintsAsItIs() throws IOException {
        Map<String, Object> parameters = briefing(1);
        List<Map<String, Object>> overdue = new ArrayList<>();
        overdue.add(row("task", "NV-1. <script>alert(1)</script> và $P{x} cùng $F{unit}", "unit", "Sở Nội vụ", "due", "01/01/2026",
                "days", 10L, "progress", "<b>đậm</b>"));
        parameters.put("OVERDUE_ROWS", overdue);

        try (PDDocument document = Loader.loadPDF(templates.pdf("briefing", parameters, "x", "y"))) {
            String text = text(document).replace("\n", " ");
            assertThat(text).contains("<script>alert(1)</script>", "$P{x}", "$F{unit}", "<b>đậm</b>");
        }
    }

    @Test
    void longTablesRunOverPagesWithNumbersFromThePageTwo() throws IOException {
        try (PDDocument document = Loader.loadPDF(templates.pdf("briefing", briefing(400), "x", "y"))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(document).strip()).startsWith("3");
        }
    }

    @Test
    void theClosingLineRecipientsAndSignatureShareTheLastPageWhateverTheLength() throws IOException {
        for (int rows : new int[] {3, 30, 300}) {
            try (PDDocument document = Loader.loadPDF(templates.pdf("briefing", briefing(rows), "x", "y"))) {
                int last = document.getNumberOfPages();
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(last);
                stripper.setEndPage(last);
                String lastPage = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replace("\n", " ");
                assertThat(lastPage).as("the last page of a briefing with %d overdue tasks", rows)
                        .contains("Số liệu trích từ hệ thống Chỉ Đạo.", "Nơi nhận:", "- Lưu: VT.", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN");
            }
        }
    }

    static Map<String, Object> briefing(int overdueRows) {
        Map<String, Object> p = new HashMap<>();
        p.put("PARENT_BODY", "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
        p.put("ISSUER", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ");
        p.put("NUMBER", "Số:        /BC-BCĐ");
        p.put("PLACE_DATE", "Bình Phước, ngày 23 tháng 11 năm 2026");
        p.put("TITLE", "BÁO CÁO");
        p.put("SUBTITLE", "Tình hình thực hiện nhiệm vụ chuyển đổi số theo Kế hoạch số 382/KH-UBND, tính đến ngày 23/11/2026");
        p.put("INTRO", "Thực hiện Kế hoạch số 382/KH-UBND, Ban Chỉ đạo báo cáo tình hình như sau.");
        p.put("FACTS", List.of(row("label", "Tổng số nhiệm vụ", "value", "20"), row("label", "Đang thực hiện quá hạn", "value", "5")));
        p.put("STATUS_ROWS", List.of(row("label", "Đang thực hiện quá hạn", "count", 5L), row("label", "Hoàn thành đúng hạn", "count", 7L)));
        p.put("UNIT_ROWS", List.of(units("Sở Tài chính", 5L), units("Sở Khoa học và Công nghệ", 2L)));
        p.put("OVERDUE_CHART", List.of(row("unit", "Sở Tài chính", "overdue", 5L), row("unit", "Sở Khoa học và Công nghệ", "overdue", 2L)));
        List<Map<String, Object>> overdue = new ArrayList<>();
        for (int i = 1; i <= overdueRows; i++) {
            overdue.add(row("task", "NV-" + i + ". Xây dựng kho dữ liệu dùng chung của tỉnh", "unit", "Sở Tài chính",
                    "due", "30/06/2026", "days", (long) i, "progress", "40% (12/10/2026): đang hoàn thiện"));
        }
        p.put("OVERDUE_ROWS", overdue);
        p.put("OVERDUE_NOTE", "Có " + overdueRows + " nhiệm vụ quá hạn.");
        p.put("TARGET_ROWS", List.of(row("name", "Tỷ lệ hồ sơ trực tuyến toàn trình", "unit", "%", "baseline", "40",
                "latest", "62 (30/09/2026)", "target", "80 (2025)", "standing", "Có nguy cơ chậm")));
        p.put("TARGETS_NOTE", "Có 1 chỉ tiêu.");
        p.put("ISSUE_ROWS", List.of());
        p.put("ISSUES_NOTE", "Các đơn vị không nêu khó khăn, vướng mắc hay kiến nghị nào đang chờ trả lời.");
        p.put("ANSWER_ROWS", List.of(row("unit", "Sở Tài chính", "text", "Kiến nghị: bổ sung kinh phí", "answer", "Đã bố trí 1,2 tỷ đồng",
                "state", "Đã giải quyết", "answeredOn", "20/11/2026")));
        p.put("ANSWERS_NOTE", "Từ 08:00 ngày 16/11/2026 đến nay, Ban Chỉ đạo đã trả lời 1 khó khăn, kiến nghị:");
        p.put("FOOTNOTE", "Số liệu trích từ hệ thống Chỉ Đạo.");
        p.put("RECIPIENTS", "- Thường trực Tỉnh ủy;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT.");
        p.put("SIGNER_TITLE", "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN");
        return p;
    }

    static Map<String, Object> units(String name, long overdue) {
        return row("unit", name, "total", overdue + 3, "notStarted", 1L, "onTime", 1L, "dueSoon", 0L, "overdue", overdue,
                "doneOnTime", 1L, "doneLate", 0L, "suspended", 0L);
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    static String text(PDDocument document) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
    }

    static void assertEveryFontEmbedded(PDDocument document) throws IOException {
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font).as("font %s is a Unicode (Identity-H) font", font.getName()).isInstanceOf(PDType0Font.class);
            }
        }
        assertThat(fonts).isPositive();
    }

    /** Page 1 as a PNG under target/reports, for a person to look at. */
    static void render(PDDocument document, String name) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }
}

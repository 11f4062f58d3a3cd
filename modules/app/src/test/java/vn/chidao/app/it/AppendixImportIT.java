package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A plan's task appendix in Excel: dry run, all-or-nothing commit, and export back. */
class AppendixImportIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void aDryRunListsEveryRowsProblemsAndWritesNothing() throws IOException {
        int document = newDocument("2025-01-15");
        byte[] file = workbook(
                row("1", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở TT&TT, Công an tỉnh", "Quý II/2025", "Kho dữ liệu"),
                row("2", "Nhiệm vụ của đơn vị lạ", "Sở Không Tồn Tại", "", "30/06/2025", ""),
                row("3", "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")", "Sở Tài chính", "", "năm 2025", ""),
                row("4", "Thời hạn không đọc được", "Sở Nội vụ", "", "sớm nhất có thể", ""),
                row("5", "Phối hợp trùng chủ trì", "Sở Công Thương", "Sở Công Thương", "31/12/2025", ""),
                row("1", "STT lặp lại", "Sở Y tế", "", "31/12/2025", ""));

        Api.Reply reply = secretariat.upload("/api/tasks/import?dryRun=true&document=" + document, "phu-luc.xlsx", file);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject report = reply.json();
        assertThat(report.getBoolean("committed")).isFalse();
        assertThat(report.getJsonArray("tasks")).hasSize(1);
        assertThat(report.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("row") + ": " + e.getString("message"))
                .containsExactlyInAnyOrder(
                        "5: Không nhận ra đơn vị \"Sở Không Tồn Tại\".",
                        "6: Ô chứa công thức hoặc bắt đầu bằng =, +, @: không được chấp nhận; hãy nhập giá trị.",
                        "7: Không hiểu thời hạn \"sớm nhất có thể\". Dùng ngày (30/06/2025), kỳ (Quý II/2025, năm 2025, tháng 9/2025) hoặc định kỳ (thường xuyên, hằng quý).",
                        "8: Đơn vị phối hợp không được trùng với đơn vị chủ trì.",
                        "9: STT 1 lặp lại trong tệp.");
        assertThat(tasks(document)).isZero();

        Api.Reply commit = secretariat.upload("/api/tasks/import?document=" + document, "phu-luc.xlsx", file);
        assertThat(commit.status()).isEqualTo(400);
        assertThat(tasks(document)).isZero();
    }

    @Test
    void aCleanAppendixIsImportedWholeAndUnitsAreFoundByTheirUsualNames() throws IOException {
        int document = newDocument("2025-01-15");
        byte[] file = workbook(
                row("1", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở TT&TT; Công an tỉnh", "Quý II/2025", "Kho dữ liệu số"),
                row("2", "Thúc đẩy chuyển đổi số doanh nghiệp nhỏ và vừa", "Sở KH&ĐT", "", "năm 2025", ""),
                row("3", "Tuyên truyền chuyển đổi số", "BÁO BÌNH PHƯỚC", "Đài PT-TH", "hằng quý", ""));

        Api.Reply reply = secretariat.upload("/api/tasks/import?document=" + document, "phu-luc.xlsx", file);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getBoolean("committed")).isTrue();
        assertThat(tasks(document)).isEqualTo(3);
        List<JsonObject> imported = secretariat.get("/api/tasks?document=" + document).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject sme = imported.stream().filter(t -> t.getString("code").equals("2")).findFirst().orElseThrow();
        // named Sở KH&ĐT in the plan; Sở Tài chính carries the work since the 2025 merger
        assertThat(sme.getInt("originalLeadUnit")).isEqualTo(Demo.unit("SKHDT"));
        assertThat(sme.getInt("leadUnit")).isEqualTo(Demo.unit("STC"));
        assertThat(sme.getString("dueDate")).isEqualTo("2025-12-31");

        // and back out to Excel
        HttpResponse<byte[]> export = secretariat.download("/api/tasks/export?document=" + document);
        assertThat(export.statusCode()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Nội dung nhiệm vụ");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isNotBlank();
            // dates as dates (the original and current deadlines), counts as numbers
            Row two = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().equals("2")).findFirst().orElseThrow();
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(two.getCell(6))).isTrue();
            assertThat(two.getCell(7).getLocalDateTimeCellValue().toLocalDate().toString()).isEqualTo(sme.getString("dueDate"));
            assertThat(two.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter()).isNotNull();
        }
    }

    @Test
    void exportedTextThatLooksLikeAFormulaStaysText() throws IOException {
        int document = newDocument("2025-01-15");
        Api.Reply task = secretariat.post("/api/tasks", "{\"documentId\":" + document + ",\"code\":\"X1\",\"title\":"
                + "\"=HYPERLINK(\\\"http://evil.example\\\")\",\"leadUnitId\":" + Demo.unit("STC") + ",\"deadline\":\"31/12/2026\"}");
        assertThat(task.status()).isEqualTo(201);

        HttpResponse<byte[]> export = secretariat.download("/api/tasks/export?document=" + document);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
        }
    }

    @Test
    void aFileThatIsNotExcelIsRefusedClearly() {
        int document = newDocument("2025-01-15");

        Api.Reply reply = secretariat.upload("/api/tasks/import?document=" + document, "phu-luc.xlsx",
                "STT;Nội dung\n1;x".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("message")).isEqualTo("Không đọc được tệp: cần tệp Excel (.xlsx) hoặc tệp Word (.docx) có bảng danh mục nhiệm vụ.");
    }

    @Test
    void onlyTheSecretariatImports() throws IOException {
        int document = newDocument("2025-01-15");
        byte[] file = workbook(row("1", "x", "Sở Tài chính", "", "31/12/2025", ""));

        assertThat(Api.as(Api.FINANCE_HEAD).upload("/api/tasks/import?document=" + document, "a.xlsx", file).status()).isEqualTo(403);
        assertThat(tasks(document)).isZero();
    }

    @Test
    void anAppendixAsSecretariatsWriteItImportsWithItsMergedUnitsShownAndWarned() throws IOException {
        int document = newDocument("2024-12-15");
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phụ lục");
            String[][] rows = {
                    {"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kết quả"},
                    {"1", "Xây dựng kế hoạch chuyển đổi số năm 2026 của đơn vị", "Sở Tài chính, Sở Nội vụ, Công an tỉnh", "", "2026", "Kế hoạch"},
                    {"2", "Vận hành Trung tâm điều hành thông minh", "Sở TT&TT", "Sở KH&CN; Công an tỉnh", "trước 30/6/2026", "Báo cáo"},
                    {"3", "Rà soát hạ tầng", "Sở Nội vụ", "", "trong năm 2026", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            file = out.toByteArray();
        }

        Api.Reply dry = secretariat.upload("/api/tasks/import?document=" + document + "&dryRun=true", "phu-luc.xlsx", file);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("errors")).as(dry.toString()).isEmpty();
        assertThat(dry.json().getJsonArray("tasks").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(t -> t.getString("code") + " " + t.getString("lead") + " " + t.getString("dueDate")).containsExactly(
                        "1.1 Sở Tài chính 2026-12-31", "1.2 Sở Nội vụ 2026-12-31", "1.3 Công an tỉnh 2026-12-31",
                        "2 Sở TT&TT → Sở KH&CN (sáp nhập từ 01/03/2025) 2026-06-30", "3 Sở Nội vụ 2026-12-31");
        assertThat(dry.json().getJsonArray("warnings").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(w -> w.getInt("row") + " " + w.getString("message")).containsExactly(
                        "4 Sở TT&TT đã sáp nhập vào Sở KH&CN từ 01/03/2025: phần việc giao cho Sở KH&CN.",
                        "4 Sở KH&CN nay thuộc Sở KH&CN là đơn vị chủ trì: không còn là đơn vị phối hợp riêng.");

        Api.Reply committed = secretariat.upload("/api/tasks/import?document=" + document, "phu-luc.xlsx", file);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
        assertThat(tasks(document)).isEqualTo(5);

        Api.Reply wrongColumn = secretariat.upload("/api/tasks/import?document=" + newDocument("2024-12-15") + "&dryRun=true",
                "phu-luc.xlsx", workbookWithLead("Sở Không Tồn Tại"));
        assertThat(wrongColumn.json().getJsonArray("errors").getJsonObject(0).getString("column"))
                .as("the column as the sheet names it").isEqualTo("Cơ quan chủ trì");
    }

    @Test
    void aGroupAsLeadMeansOneTaskPerMemberAndAsCooperationEveryMember() throws IOException {
        // a plan of December 2024 followed up today: "UBND các xã, phường" are the communes of 1/7/2025, each assigned from that
        // day (the plan's own communes are not in the system); the departments of its day that still exist cooperate
        long communes = secretariat.get("/api/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("kind").equals("COMMUNE")).count();
        List<Integer> then = secretariat.get("/api/units?asOf=2024-12-15").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("kind").equals("PROVINCIAL_DEPARTMENT")).map(u -> u.getInt("id")).toList();
        long departments = secretariat.get("/api/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("kind").equals("PROVINCIAL_DEPARTMENT") && then.contains(u.getInt("id"))).count();
        assertThat(communes).isGreaterThanOrEqualTo(39);
        int document = newDocument("2024-12-15");
        byte[] file = workbookWithLead("UBND các xã, phường", "Các sở, ban, ngành");

        Api.Reply dry = secretariat.upload("/api/tasks/import?document=" + document + "&dryRun=true", "phu-luc.xlsx", file);
        assertThat(dry.json().getJsonArray("errors")).as(dry.toString()).isEmpty();
        List<JsonObject> tasks = dry.json().getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertThat(tasks).hasSize((int) communes);
        assertThat(tasks).extracting(t -> t.getString("code")).startsWith("1.1", "1.2");
        assertThat(tasks.get(0).getJsonArray("cooperating")).hasSizeGreaterThanOrEqualTo((int) departments - 1);
        assertThat(dry.json().getJsonArray("warnings").getValuesAs(JsonObject.class)).extracting(w -> w.getString("message"))
                .anyMatch(m -> m.contains("hoạt động từ 01/07/2025: nhiệm vụ tính giao từ ngày này"));

        // the district committees of the plan's day were split on 1/7/2025: the group names nobody who can carry the task now
        Api.Reply districts = secretariat.upload("/api/tasks/import?document=" + document + "&dryRun=true", "phu-luc.xlsx",
                workbookWithLead("UBND các huyện, thị xã, thành phố"));
        assertThat(districts.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("message"))
                .containsExactly("Các đơn vị của nhóm \"UBND các huyện, thị xã, thành phố\" trong văn bản không còn hoạt động (đã kết thúc, "
                        + "chia tách); ghi tên các đơn vị tiếp nhận.");
        Api.Reply district = secretariat.upload("/api/tasks/import?document=" + document + "&dryRun=true", "phu-luc.xlsx",
                workbookWithLead("UBND huyện Bù Đăng"));
        assertThat(district.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("message"))
                .containsExactly("UBND huyện Bù Đăng đã kết thúc từ 01/07/2025 (chia tách hoặc giải thể), không có một đơn vị kế thừa: "
                        + "ghi tên đơn vị tiếp nhận.");
    }

    @Test
    void theTemplatesOfferedOnThePageImportAsTheyAre() {
        HttpResponse<byte[]> tasksTemplate = secretariat.download("/api/tasks/import/template");
        assertThat(tasksTemplate.statusCode()).isEqualTo(200);
        Api.Reply tasks = secretariat.upload("/api/tasks/import?document=" + newDocument("2024-12-15") + "&dryRun=true",
                "mau.xlsx", tasksTemplate.body());
        // "UBND các xã, phường" are today's communes: one task each (4.1, 4.2 …)
        assertThat(tasks.json().getJsonArray("errors")).as(tasks.toString()).isEmpty();
        assertThat(tasks.json().getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("code"))
                .startsWith("1", "2", "3", "4.1", "4.2");

        Api.Reply targets = secretariat.upload("/api/documents/" + newDocument("2024-12-15") + "/targets/import?dryRun=true", "mau.xlsx",
                secretariat.download("/api/tasks/import/template?kind=targets").body());
        assertThat(targets.json().getJsonArray("problems")).as(targets.toString()).isEmpty();
        assertThat(targets.json().getJsonArray("targets")).hasSize(4);
        assertThat(secretariat.get("/api/tasks/import/template?kind=units").status()).isEqualTo(400);
    }

    @Test
    void aUnitsOtherNameSetOnThePageIsFoundByTheImport() throws IOException {
        int stc = Demo.unit("STC");
        assertThat(Api.as(Api.FINANCE_HEAD).put("/api/units/" + stc + "/aliases", "{\"aliases\":[\"Sở TC\"]}").status()).isEqualTo(403);
        Api.Reply renamed = secretariat.put("/api/units/" + stc + "/aliases", "{\"aliases\":[\"STC\", \" Sở TC \", \"\"]}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("STC", "Sở TC");

        Api.Reply dry = secretariat.upload("/api/tasks/import?document=" + newDocument("2024-12-15") + "&dryRun=true", "phu-luc.xlsx",
                workbookWithLead("Sở TC"));
        assertThat(dry.json().getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("lead"))
                .containsExactly("Sở Tài chính");
    }

    @Test
    void thePlansWordFileImportsFromItsAppendixTableWithHeadingsMergedCellsAndSeveralLeads() throws IOException {
        int document = newDocument("2025-03-10");
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable letterhead = word.createTable(1, 2);
            letterhead.getRow(0).getCell(0).setText("UBND TỈNH ĐỒNG NAI");
            letterhead.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc");
            word.createParagraph().createRun().setText("Phụ lục I. DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH");
            String[][] rows = {
                    {"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
                    {"I. HẠ TẦNG SỐ"},
                    {"1", "Phát triển hạ tầng băng rộng|(cáp quang đến thôn, ấp)", "Sở KH&CN", "Công an tỉnh", "2026", "Báo cáo"},
                    {"2", "Phủ sóng di động 5G các khu công nghiệp", "^", "", "Quý IV/2026", ""},
                    {"II. CHÍNH QUYỀN SỐ"},
                    {"3", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ|Sở Tài chính", "Văn phòng UBND tỉnh", "hằng quý", "Dữ liệu"},
                    {"III", "NHIỆM VỤ KHÁC"},
                    {"4", "Tuyên truyền về chuyển đổi số", "Sở Y tế", "", "thường xuyên", ""}};
            XWPFTable table = word.createTable(rows.length, 6);
            for (int r = 0; r < rows.length; r++) {
                XWPFTableRow row = table.getRow(r);
                if (rows[r].length < 6) {
                    // a heading row: its last cell spans what is left of the row
                    int span = 6 - rows[r].length + 1;
                    for (int c = 5; c >= rows[r].length; c--) {
                        row.removeCell(c);
                    }
                    row.getCell(rows[r].length - 1).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(span));
                }
                for (int c = 0; c < rows[r].length; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    if (rows[r][c].equals("^")) {
                        cell.getCTTc().addNewTcPr().addNewVMerge();
                        table.getRow(r - 1).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        continue;
                    }
                    String[] lines = rows[r][c].split("\\|");
                    cell.setText(lines[0]);
                    for (int l = 1; l < lines.length; l++) {
                        cell.addParagraph().createRun().setText(lines[l]);
                    }
                }
            }
            word.write(out);
            docx = out.toByteArray();
        }

        Api.Reply dry = secretariat.upload("/api/tasks/import?document=" + document + "&dryRun=true", "KH-phu-luc.docx", docx);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("errors")).as(dry.toString()).isEmpty();
        assertThat(dry.json().getString("source")).isEqualTo("Bảng 2 (trong 2 bảng) của tệp Word; số dòng đếm từ đầu bảng");
        assertThat(dry.json().getJsonArray("headings").getValuesAs(JsonObject.class)).extracting(h -> h.getInt("row") + " " + h.getString("message"))
                .containsExactly("2 I. HẠ TẦNG SỐ", "5 II. CHÍNH QUYỀN SỐ", "7 III NHIỆM VỤ KHÁC");
        assertThat(dry.json().getJsonArray("tasks").getValuesAs(JsonObject.class))
                .extracting(t -> t.getInt("row") + " " + t.getString("code") + " " + t.getString("lead") + " "
                        + pillar(t) + " " + t.getString("title"))
                .containsExactly(
                        "3 1 Sở KH&CN DIGITAL_INFRASTRUCTURE Phát triển hạ tầng băng rộng\n(cáp quang đến thôn, ấp)",
                        "4 2 Sở KH&CN DIGITAL_INFRASTRUCTURE Phủ sóng di động 5G các khu công nghiệp",
                        "6 3.1 Sở Nội vụ DIGITAL_GOVERNMENT Số hóa hồ sơ thủ tục hành chính",
                        "6 3.2 Sở Tài chính DIGITAL_GOVERNMENT Số hóa hồ sơ thủ tục hành chính",
                        "8 4 Sở Y tế - Tuyên truyền về chuyển đổi số");

        Api.Reply committed = secretariat.upload("/api/tasks/import?document=" + document, "KH-phu-luc.docx", docx);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
        List<JsonObject> created = secretariat.get("/api/tasks?document=" + document + "&limit=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(created).extracting(t -> t.getString("code") + " " + pillar(t))
                .containsExactlyInAnyOrder("1 DIGITAL_INFRASTRUCTURE", "2 DIGITAL_INFRASTRUCTURE", "3.1 DIGITAL_GOVERNMENT",
                        "3.2 DIGITAL_GOVERNMENT", "4 -");

        Api.Reply noTable = secretariat.upload("/api/tasks/import?document=" + document + "&dryRun=true", "cong-van.docx", wordWithoutTable());
        assertThat(noTable.status()).isEqualTo(400);
        assertThat(noTable.json().getString("message")).contains("(.docx)");
    }

    private static String pillar(JsonObject task) {
        return task.containsKey("pillar") && !task.isNull("pillar") ? task.getString("pillar") : "-";
    }

    private static byte[] wordWithoutTable() throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("Công văn không có phụ lục");
            word.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbookWithLead(String lead) throws IOException {
        return workbookWithLead(lead, "");
    }

    private static byte[] workbookWithLead(String lead, String cooperating) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phụ lục");
            String[][] rows = {{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
                    {"1", "Nhiệm vụ thử", lead, cooperating, "2026"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private int newDocument(String issued) {
        Api.Reply created = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("PL-")
                + "/KH-UBND\",\"issueDate\":\"" + issued + "\",\"issuingBody\":\"UBND tỉnh Bình Phước\",\"summary\":\"Phụ lục nhiệm vụ\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private int tasks(int document) {
        return secretariat.get("/api/tasks?document=" + document).json().getInt("total");
    }

    static String[] row(String... cells) {
        return cells;
    }

    /** An appendix as provinces write them: a title line, then the header, then the rows. */
    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phụ lục");
            sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC: DANH MỤC NHIỆM VỤ");
            String[] header = {"STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"};
            Row head = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 3);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].startsWith("=")) {
                        row.createCell(c).setCellFormula(rows[r][c].substring(1));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Targets as plans write them — two horizons, ranges, floors, a ceiling, a yearly rate, no baseline — recorded as
 * written, judged as written and printed as written; numbers that cannot be read exactly are refused by name.
 */
class TargetsIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void aTargetSetWithRangesFloorsRatesAndNoBaselinesIsJudgedAndPrintedAsWritten() {
        int document = resolution();
        JsonObject share = create(document, "Tỷ trọng kinh tế số trong GRDP", "%",
                "[{\"text\":\"15% đến 20%\",\"due\":\"2025-12-31\"},{\"text\":\"tối thiểu 30%\",\"due\":\"2030-12-31\"}]", "HIGHER_IS_BETTER");
        assertThat(share.getString("written")).isEqualTo("2025: 15–20%; 2030: ≥ 30%");
        assertThat(share.get("baseline")).as("no baseline invented").isIn(null, JsonValue.NULL);
        JsonObject growth = create(document, "Giá trị gia tăng của kinh tế số", "tỷ đồng",
                "[{\"text\":\"tăng bình quân tối thiểu 20%/năm\",\"due\":\"2030-12-31\"}]", "HIGHER_IS_BETTER");
        assertThat(growth.getString("written")).isEqualTo("2030: ≥ 20%/năm");
        JsonObject incidents = create(document, "Số sự cố mất an toàn thông tin nghiêm trọng", "sự cố",
                "[{\"text\":\"không quá 3\",\"due\":\"2025-12-31\"}]", "LOWER_IS_BETTER");

        measure(share, "16,5", "2025-12-31");
        measure(growth, "10000", "2024-12-31");
        measure(growth, "11.800", "2025-12-31");
        measure(incidents, "5", "2025-12-31");

        List<JsonObject> targets = secretariat.get("/api/documents/" + document + "/targets?asOf=2026-01-05").array()
                .getValuesAs(JsonObject.class);
        assertThat(targets).extracting(t -> t.getString("name") + " " + t.getJsonArray("milestones").getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("written") + "=" + m.getString("standing")).toList()).containsExactlyInAnyOrder(
                "Tỷ trọng kinh tế số trong GRDP [15–20%=ON_TRACK, ≥ 30%=ON_TRACK]",
                "Giá trị gia tăng của kinh tế số [≥ 20%/năm=AT_RISK]",
                "Số sự cố mất an toàn thông tin nghiêm trọng [≤ 3 sự cố=OFF_TRACK]");

        Api.Reply created = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + document + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String text = Pdfs.text(secretariat.download("/api/reports/" + created.json().getInt("id") + "/content").body())
                .replaceAll("\\s+", " ");
        assertThat(text).contains("2025: 15–20%", "2030: ≥ 30%", "2030: ≥ 20%/năm", "2025: ≤ 3 sự cố");
        assertThat(text).as("no baseline of 0 that nobody entered").doesNotContain("Tỷ trọng kinh tế số trong GRDP % 0 ");
    }

    @Test
    void whatCannotBeReadExactlyIsRefusedByNameAndNothingIsSaved() {
        int document = resolution();
        String base = "{\"pillar\":\"DIGITAL_ECONOMY\",\"name\":\"Tỷ lệ doanh nghiệp dùng nền tảng số\",\"unitOfMeasure\":\"%\","
                + "\"direction\":\"HIGHER_IS_BETTER\",";
        assertRefused(secretariat.post("/api/documents/" + document + "/targets", base + "\"targetValue\":\"15 đến 20\","
                + "\"targetDate\":\"2025-12-31\"}"), "targetValue");
        assertRefused(secretariat.post("/api/documents/" + document + "/targets", base + "\"targetValue\":1520,"
                + "\"targetDate\":\"2025-12-31\"}"), "milestones");
        assertRefused(secretariat.post("/api/documents/" + document + "/targets", base
                + "\"milestones\":[{\"text\":\"phấn đấu tăng mạnh\",\"due\":\"2025-12-31\"}]}"), "milestones[0]");
        assertRefused(secretariat.post("/api/documents/" + document + "/targets", base + "\"baseline\":10,"
                + "\"milestones\":[{\"text\":\"50%\",\"due\":\"2025-12-31\"}]}"), "baselineDate");
        assertThat(secretariat.get("/api/documents/" + document + "/targets").array()).as("nothing saved").isEmpty();

        JsonObject target = create(document, "Tỷ lệ hộ gia đình có cáp quang", "%", "[{\"text\":\"trên 80%\",\"due\":\"2025-12-31\"}]",
                "HIGHER_IS_BETTER");
        assertRefused(secretariat.post("/api/targets/" + target.getInt("id") + "/measurements",
                "{\"value\":300,\"asOf\":\"2025-06-30\"}"), "value");
        assertThat(secretariat.get("/api/targets/" + target.getInt("id") + "/measurements").array()).isEmpty();
    }

    @Test
    void aTargetsAppendixAsPlansLayItOutImportsAllOrNothing() throws Exception {
        int document = resolution();
        byte[] good = workbook(new Object[][] {
                {"I. KINH TẾ SỐ"},
                {1, "Tỷ trọng kinh tế số trong GRDP", "%", "15% đến 20%", "tối thiểu 30%"},
                {2, "Giá trị gia tăng của kinh tế số", "tỷ đồng", "", "tăng bình quân tối thiểu 20%/năm"},
                {"II. CHÍNH QUYỀN SỐ"},
                {3, "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình", "%", "trên 80", 100},
                {4, "Số sự cố mất an toàn thông tin nghiêm trọng", "sự cố", "không quá 3", "không quá 1"}});
        Api.Reply dry = secretariat.upload("/api/documents/" + document + "/targets/import?dryRun=true", "chi-tieu.xlsx", good);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("problems")).isEmpty();
        assertThat(dry.json().getJsonArray("targets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("pillar") + " " + t.getString("written")).containsExactly(
                        "DIGITAL_ECONOMY 2025: 15–20%; 2030: ≥ 30%", "DIGITAL_ECONOMY 2030: ≥ 20%/năm",
                        "DIGITAL_GOVERNMENT 2025: ≥ 80%; 2030: 100%", "DIGITAL_GOVERNMENT 2025: ≤ 3 sự cố; 2030: ≤ 1 sự cố");
        assertThat(secretariat.get("/api/documents/" + document + "/targets").array()).as("a dry run writes nothing").isEmpty();

        byte[] bad = workbook(new Object[][] {
                {"I. KINH TẾ SỐ"},
                {1, "Tỷ trọng kinh tế số trong GRDP", "%", "15 hoặc 20", "tối thiểu 30%"},
                {2, "Tỷ lệ doanh nghiệp dùng hợp đồng điện tử", "%", "150", ""},
                {3, "Tỷ lệ hộ gia đình có cáp quang", "%", "trên 80", ""}});
        Api.Reply refused = secretariat.upload("/api/documents/" + document + "/targets/import", "chi-tieu.xlsx", bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(p -> p.getInt("row") + " " + p.get("column") + ": " + p.getString("message"))
                .anySatisfy(p -> assertThat(p).startsWith("5 \"Mục tiêu 2025\": Không đọc được mốc \"15 hoặc 20\""))
                .anySatisfy(p -> assertThat(p).startsWith("6 null: Giá trị tỷ lệ phần trăm phải từ 0 đến 100"));
        assertThat(secretariat.get("/api/documents/" + document + "/targets").array()).as("all or nothing").isEmpty();

        Api.Reply committed = secretariat.upload("/api/documents/" + document + "/targets/import", "chi-tieu.xlsx", good);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
        assertThat(secretariat.get("/api/documents/" + document + "/targets").array()).hasSize(4);
        assertThat(Api.as(Api.FINANCE_HEAD).upload("/api/documents/" + document + "/targets/import", "chi-tieu.xlsx", good).status())
                .isEqualTo(403);
    }

    /** A targets appendix as plans lay it out: a title, the header, section rows naming the pillar, then the targets. */
    private static byte[] workbook(Object[][] rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Phụ lục chỉ tiêu");
            sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC: CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030");
            String[] header = {"STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu 2025", "Mục tiêu 2030"};
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 3);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private void assertRefused(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).as(reply.toString())
                .extracting(e -> e.getString("field")).contains(field);
    }

    private int resolution() {
        Api.Reply created = secretariat.post("/api/documents", "{\"kind\":\"PROGRAMME\",\"number\":\"" + Demo.unique("CTr-")
                + "/CTr-TU\",\"issueDate\":\"2025-02-20\",\"issuingBody\":\"Ban Thường vụ Tỉnh ủy Đồng Nai\","
                + "\"summary\":\"Chương trình hành động thực hiện Nghị quyết 57-NQ/TW\",\"periodFrom\":2025,\"periodTo\":2030}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private JsonObject create(int document, String name, String unit, String milestones, String direction) {
        Api.Reply created = secretariat.post("/api/documents/" + document + "/targets", "{\"pillar\":\"DIGITAL_ECONOMY\",\"name\":\""
                + name + "\",\"unitOfMeasure\":\"" + unit + "\",\"milestones\":" + milestones + ",\"direction\":\"" + direction + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private void measure(JsonObject target, String value, String day) {
        Api.Reply recorded = secretariat.post("/api/targets/" + target.getInt("id") + "/measurements",
                "{\"value\":" + value.replace(".", "").replace(',', '.') + ",\"asOf\":\"" + day + "\",\"source\":\"Cục Thống kê\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A unit sends its periodic report as a spreadsheet, filled in as unit officers fill them (a percent sign, several
 * obstacles in one cell with dashes, "có" for completion): every row is checked before anything is written; a wrong
 * percent or another unit's task stops the whole file; the corrected file becomes progress reports with their items.
 */
class ProgressImportIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);

    @Test
    void aUnitsSpreadsheetReportBecomesProgressReportsWithItsObstaclesOrNothing() throws IOException {
        int archive = Demo.assign(Demo.unique("BC-"), "Số hóa hồ sơ lưu trữ ngành tài chính", "STC");
        int invoices = Demo.assign(Demo.unique("BC-"), "Triển khai hóa đơn điện tử cho đơn vị sự nghiệp", "STC");
        int homeAffairs = Demo.assign(Demo.unique("BC-"), "Chuẩn hóa hồ sơ cán bộ", "SNV");

        byte[] template = financeHead.download("/api/progress-reports/template").body();
        byte[] wrong;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã hệ thống");
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the heading stays in view").isTrue();
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("filtered").isTrue();
            assertThat(row(sheet, homeAffairs)).as("another unit's task is not in the template").isNull();
            fill(row(sheet, archive), "Đã số hóa 12.000 hồ sơ (40% khối lượng).", "40%",
                    "- Thiếu 3 máy quét chuyên dụng\n- Đường truyền tại kho lưu trữ chậm", "Đề nghị Sở KH&CN hỗ trợ kết nối", "");
            fill(row(sheet, invoices), "Đã ký hợp đồng với nhà cung cấp.", "15 đến 20", "", "", "có");
            Row smuggled = sheet.createRow(sheet.getLastRowNum() + 1);
            smuggled.createCell(0).setCellValue(Integer.toString(homeAffairs));
            fill(smuggled, "Báo cáo hộ đơn vị khác", "300", "", "", "");
            wrong = bytes(book);
        }

        Api.Reply dry = financeHead.upload("/api/progress-reports/import?dryRun=true", "bao-cao.xlsx", wrong);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        List<JsonObject> problems = dry.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(problems).extracting(p -> p.getString("column") + ": " + p.getString("message")).contains(
                "Tiến độ (%): Tiến độ \"15 đến 20\" không hợp lệ: ghi một số nguyên từ 0 đến 100.",
                "Mã hệ thống: Nhiệm vụ mã " + homeAffairs + " không thuộc đơn vị hoặc không còn nhận báo cáo.",
                "Tiến độ (%): Tiến độ \"300\" không hợp lệ: ghi một số nguyên từ 0 đến 100.");
        Api.Reply refused = financeHead.upload("/api/progress-reports/import", "bao-cao.xlsx", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(financeHead.get("/api/tasks/" + archive + "/progress").array()).as("nothing half-written").isEmpty();
        assertThat(financeHead.get("/api/issues?task=" + archive).array()).isEmpty();

        byte[] right;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(wrong))) {
            Sheet sheet = book.getSheetAt(0);
            row(sheet, invoices).getCell(6).setCellValue("100");
            sheet.removeRow(row(sheet, homeAffairs));
            right = bytes(book);
        }
        Api.Reply done = financeHead.upload("/api/progress-reports/import", "bao-cao.xlsx", right);
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.json().getInt("rows")).isEqualTo(2);

        JsonObject report = financeHead.get("/api/tasks/" + archive + "/progress").array().getJsonObject(0);
        assertThat(report.getString("text")).isEqualTo("Đã số hóa 12.000 hồ sơ (40% khối lượng).");
        assertThat(report.getInt("percent")).isEqualTo(40);
        assertThat(financeHead.get("/api/issues?task=" + archive).array().getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("kind") + " " + i.getString("text")).containsExactlyInAnyOrder(
                        "OBSTACLE Thiếu 3 máy quét chuyên dụng", "OBSTACLE Đường truyền tại kho lưu trữ chậm",
                        "RECOMMENDATION Đề nghị Sở KH&CN hỗ trợ kết nối");
        assertThat(secretariat.get("/api/tasks/" + invoices).json().getString("state")).isEqualTo("COMPLETION_PROPOSED");

        // the template is a unit's: the secretariat has none; another unit's upload cannot report on these tasks
        assertThat(secretariat.get("/api/progress-reports/template").status()).isEqualTo(403);
        Api.Reply foreign = Api.as("giamdoc.snv@chidao.local").upload("/api/progress-reports/import", "bao-cao.xlsx", right);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(financeHead.get("/api/tasks/" + archive + "/progress").array()).hasSize(1);
    }

    private static Row row(Sheet sheet, int task) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(Integer.toString(task))) {
                return row;
            }
        }
        return null;
    }

    private static void fill(Row row, String text, String percent, String obstacles, String recommendations, String completion) {
        String[] values = {text, percent, obstacles, recommendations, completion};
        for (int i = 0; i < values.length; i++) {
            row.createCell(5 + i).setCellValue(values[i]);
        }
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}

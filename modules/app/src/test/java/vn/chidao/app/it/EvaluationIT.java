package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluation of units per period as a secretariat runs it: an open quarter graded live by the criteria of the day, a
 * closed one frozen against later edits and criteria, the report issued as a PDF with its landscape appendix and as an
 * XLSX of numbers; a unit's people see their own line only.
 */
class EvaluationIT {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The province's day, which the server judges by (UTC may still be on the day before). */
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String PASSWORD = "một câu mật khẩu đủ dài";

    private final Api admin = Api.as(Api.ADMIN);
    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final List<String> made = new ArrayList<>();
    private JsonObject criteriaBefore;

    @AfterEach
    void putBackWhatWasChanged() {
        if (criteriaBefore != null) {
            JsonObject now = secretariat.get("/api/evaluations/criteria").json();
            secretariat.put("/api/evaluations/criteria", criteria(criteriaBefore, "lateCredit", criteriaBefore.getInt("lateCredit"),
                    now.getInt("version")));
        }
        for (JsonObject person : admin.get("/api/people").array().getValuesAs(JsonObject.class)) {
            if (made.contains(person.getString("email")) && person.getBoolean("active")) {
                admin.patch("/api/people/" + person.getInt("id"), "{\"version\":" + person.getInt("version") + ",\"active\":false}");
            }
        }
    }

    @Test
    void anOpenQuarterIsGradedByTheCriteriaOfTheDay() {
        int unit = unit();
        String head = head(unit);
        Api unitHead = Api.as(head, PASSWORD);
        // a unit typed as a secretariat types it, with one task finished late and one on time in this quarter
        LocalDate quarterStart = TODAY.withDayOfMonth(1).withMonth((TODAY.getMonthValue() - 1) / 3 * 3 + 1);
        assumeTrue(TODAY.isAfter(quarterStart), "nothing can have been finished late yet on a quarter's first day");
        LocalDate lateDue = TODAY.minusDays(3).isBefore(quarterStart) ? quarterStart : TODAY.minusDays(3);
        int late = task("Rà soát thủ tục hành chính liên thông", unit, lateDue);
        int onTime = task("Cập nhật cơ sở dữ liệu cán bộ", unit, TODAY);
        for (int task : new int[] {late, onTime}) {
            assertThat(unitHead.post("/api/tasks/" + task + "/progress", "{\"text\":\"Đã hoàn thành, đề nghị công nhận.\",\"percent\":100,"
                    + "\"proposesCompletion\":true}").status()).isEqualTo(201);
            JsonObject proposed = secretariat.get("/api/tasks/" + task).json();
            assertThat(secretariat.post("/api/tasks/" + task + "/completion/accept", "{\"version\":" + proposed.getInt("version") + "}")
                    .status()).isEqualTo(200);
        }
        String quarter = TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);

        JsonObject line = line(secretariat.get("/api/evaluations/" + quarter).json(), unit);
        assertThat(line.getJsonObject("figures").getInt("tasksDue")).isEqualTo(2);
        assertThat(line.getJsonObject("figures").getInt("doneOnTime")).isEqualTo(1);
        assertThat(line.getJsonObject("figures").getInt("doneLate")).isEqualTo(1);
        assertThat(line.getJsonNumber("score").doubleValue()).isEqualTo(75.0);
        assertThat(line.getString("grade")).isEqualTo("GOOD");

        // the secretariat counts a late task as a whole one: the open quarter's grade follows at once
        criteriaBefore = secretariat.get("/api/evaluations/criteria").json();
        Api.Reply changed = secretariat.put("/api/evaluations/criteria", criteria(criteriaBefore, "lateCredit", 100,
                criteriaBefore.getInt("version")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject regraded = line(secretariat.get("/api/evaluations/" + quarter).json(), unit);
        assertThat(regraded.getJsonNumber("score").doubleValue()).isEqualTo(100.0);
        assertThat(regraded.getString("grade")).isEqualTo("EXCELLENT");
        // a second change from the same reading is a lost update
        assertThat(secretariat.put("/api/evaluations/criteria", criteria(criteriaBefore, "lateCredit", 0,
                criteriaBefore.getInt("version"))).status()).isEqualTo(409);
        // nonsense is refused naming the field, and changes nothing
        Api.Reply wrong = secretariat.put("/api/evaluations/criteria", criteria(changed.json(), "goodFrom", 95,
                changed.json().getInt("version")));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("goodFrom");
        assertThat(secretariat.get("/api/evaluations/criteria").json().getInt("goodFrom")).isEqualTo(70);

        // the unit's head sees its own line only, and changes nothing
        JsonObject own = unitHead.get("/api/evaluations/" + quarter).json();
        assertThat(own.getJsonArray("rows").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getInt("unit")).isEqualTo(unit));
        assertThat(unitHead.put("/api/evaluations/criteria", criteria(changed.json(), "lateCredit", 0, changed.json().getInt("version")))
                .status()).isEqualTo(403);
        assertThat(unitHead.post("/api/evaluations/2025-Q4/close", "{}").status()).isEqualTo(403);
        assertThat(unitHead.post("/api/reports", "{\"kind\":\"EVALUATION\",\"period\":\"" + quarter + "\"}").status()).isEqualTo(403);

        Api.Reply notEnded = secretariat.post("/api/evaluations/" + quarter + "/close", "{}");
        assertThat(notEnded.status()).isEqualTo(400);
        assertThat(notEnded.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("period");
        assertThat(secretariat.get("/api/evaluations/Q3-2025").status()).isEqualTo(400);
        assertThat(secretariat.get("/api/evaluations/" + (TODAY.getYear() + 1)).status()).isEqualTo(400);
    }

    @Test
    void aClosedQuarterStaysAsItWasClosedAndIsIssuedAsADocument() throws IOException {
        String period = "2025-Q4";
        secretariat.post("/api/evaluations/" + period + "/reopen", "{\"reason\":\"Chạy lại kiểm thử\"}");
        JsonObject live = secretariat.get("/api/evaluations/" + period).json();
        assertThat(live.getBoolean("closed")).isFalse();
        // a unit of the demo plan with a task overdue at the quarter's end
        JsonObject overdue = live.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonObject("figures").getInt("overdue") > 0).findFirst().orElseThrow();
        int unit = overdue.getInt("unit");
        JsonObject task = secretariat.get("/api/tasks?unit=" + unit + "&status=OVERDUE&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getInt("leadUnit") == unit
                        && !LocalDate.parse(t.getString("dueDate")).isAfter(LocalDate.of(2025, 12, 31))
                        && !t.getJsonObject("deadline").getString("kind").matches("RECURRING|ONGOING")).findFirst().orElseThrow();

        Api.Reply closed = secretariat.post("/api/evaluations/" + period + "/close", "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("closedBy")).isEqualTo(Api.SECRETARIAT);
        assertThat(secretariat.post("/api/evaluations/" + period + "/close", "{}").status()).isEqualTo(409);
        JsonObject frozen = secretariat.get("/api/evaluations/" + period).json();

        // later: the task is suspended and the criteria change; the closed quarter does not move
        int taskId = task.getInt("id");
        Api.Reply suspended = secretariat.post("/api/tasks/" + taskId + "/suspend", "{\"version\":" + task.getInt("version")
                + ",\"reason\":\"Chờ chủ trương mới của tỉnh\"}");
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        try {
            criteriaBefore = secretariat.get("/api/evaluations/criteria").json();
            assertThat(secretariat.put("/api/evaluations/criteria", criteria(criteriaBefore, "lateCredit", 0,
                    criteriaBefore.getInt("version"))).status()).isEqualTo(200);
            JsonObject after = secretariat.get("/api/evaluations/" + period).json();
            assertThat(after.getJsonArray("rows")).isEqualTo(frozen.getJsonArray("rows"));
            assertThat(after.getJsonObject("criteria").getInt("lateCredit")).isEqualTo(criteriaBefore.getInt("lateCredit"));

            byte[] pdf = secretariat.download("/api/reports/" + report("PDF", period) + "/content").body();
            String text = Pdfs.text(pdf);
            assertThat(text).contains("BÁO CÁO", "quý IV năm 2025", "I. TIÊU CHÍ ĐÁNH GIÁ", "II. KẾT QUẢ XẾP LOẠI", "Kết quả đã được chốt",
                    overdue.getString("unitName"), "Phụ lục", "SỐ LIỆU ĐÁNH GIÁ CỦA CÁC CƠ QUAN, ĐƠN VỊ QUÝ IV NĂM 2025");
            Pdfs.assertEveryFontEmbedded(pdf);
            Pdfs.renderFirstPage(pdf, "evaluation");
            // the recipients and the signature share the body's last page; the appendix follows, landscape
            String signer = secretariat.get("/api/settings").json().getJsonArray("signerTitle").getString(0);
            String lastBodyPage = Pdfs.pageText(pdf, Pdfs.pageWith(pdf, "(Kèm theo Báo cáo") - 1);
            assertThat(lastBodyPage).contains("Nơi nhận:", signer);
            assertThat(Pdfs.landscape(pdf, Pdfs.pageWith(pdf, "(Kèm theo Báo cáo"))).isTrue();
            assertThat(Pdfs.landscape(pdf, 1)).isFalse();

            byte[] xlsx = secretariat.download("/api/reports/" + report("XLSX", period) + "/content").body();
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheet("Đánh giá");
                Row header = sheet.getRow(0);
                int units = 0;
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    units++;
                    assertThat(row.getCell(4).getCellType()).as("tasks due, row " + r).isEqualTo(CellType.NUMERIC);
                    Cell score = row.getCell(2);
                    assertThat(score == null || score.getCellType() == CellType.BLANK || score.getCellType() == CellType.NUMERIC)
                            .as("score, row " + r).isTrue();
                }
                assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Cơ quan, đơn vị");
                assertThat(units).isEqualTo(frozen.getJsonArray("rows").size());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            }

            // opened again with a reason, the quarter is live: the suspended task no longer counts against its unit
            assertThat(secretariat.post("/api/evaluations/" + period + "/reopen", "{\"reason\":\"  \"}").status()).isEqualTo(400);
            Api.Reply reopened = secretariat.post("/api/evaluations/" + period + "/reopen", "{\"reason\":\"Ban Chỉ đạo cho tạm dừng nhiệm vụ\"}");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
            assertThat(line(reopened.json(), unit).getJsonObject("figures").getInt("overdue"))
                    .isEqualTo(overdue.getJsonObject("figures").getInt("overdue") - 1);
            assertThat(admin.get("/api/audit?action=EVALUATION_REOPENED").body()).contains("Ban Chỉ đạo cho tạm dừng nhiệm vụ");
        } finally {
            JsonObject now = secretariat.get("/api/tasks/" + taskId).json();
            secretariat.post("/api/tasks/" + taskId + "/resume", "{\"version\":" + now.getInt("version") + "}");
        }
    }

    @Test
    void twoSecretariesClosingTheSamePeriodAtOnceGetOneClosingAndOneRefusal() {
        String period = "2024-Q2";
        secretariat.post("/api/evaluations/" + period + "/reopen", "{\"reason\":\"Chạy lại kiểm thử\"}");
        List<java.util.concurrent.CompletableFuture<Integer>> closing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            closing.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> Api.as(Api.SECRETARIAT).post("/api/evaluations/" + period + "/close", "{}").status()));
        }
        assertThat(closing.stream().map(java.util.concurrent.CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
    }

    private String report(String format, String period) {
        Api.Reply made = secretariat.post("/api/reports", "{\"kind\":\"EVALUATION\",\"format\":\"" + format + "\",\"period\":\"" + period + "\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return Integer.toString(made.json().getInt("id"));
    }

    private static JsonObject line(JsonObject evaluation, int unit) {
        return evaluation.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("unit") == unit)
                .findFirst().orElseThrow(() -> new AssertionError("no line for unit " + unit + " in " + evaluation));
    }

    private static String criteria(JsonObject c, String field, int value, int version) {
        StringBuilder json = new StringBuilder("{");
        for (String key : List.of("tasksWeight", "reportsWeight", "lateCredit", "extensionCap", "excellentFrom", "goodFrom", "passFrom")) {
            json.append('"').append(key).append("\":").append(key.equals(field) ? value : c.getInt(key)).append(',');
        }
        return json.append("\"extensionPenalty\":").append(c.getJsonNumber("extensionPenalty")).append(",\"excellentWithoutOverdue\":")
                .append(c.getBoolean("excellentWithoutOverdue")).append(",\"version\":").append(version).append('}').toString();
    }

    private int unit() {
        String code = Demo.unique("DG-");
        Api.Reply created = admin.post("/api/units", "{\"code\":\"" + code + "\",\"name\":\"Trung tâm Phục vụ hành chính công thử " + code
                + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private String head(int unit) {
        String email = Demo.unique("danh.gia.").toLowerCase() + "@dongnai.gov.vn";
        Api.Reply created = admin.post("/api/people", "{\"email\":\"" + email + "\",\"fullName\":\"Giám đốc thử\",\"unitId\":" + unit
                + ",\"roles\":[\"UNIT_HEAD\"],\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        made.add(email);
        return email;
    }

    private int task(String title, int unit, LocalDate due) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\""
                + Demo.unique("DG-") + "\",\"title\":\"" + title + "\",\"leadUnitId\":" + unit + ",\"deadline\":\"" + due.format(DMY) + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getInt("id");
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Early warning as a secretariat meets it: a plan issued two months ago, imported as its appendix, one task at 10 % with
 * 80 % of its time gone is at risk today and was not a month ago; the list, the counts and the task agree; another unit's
 * people do not count it.
 */
class RiskIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);

    @Test
    void aTaskTrailingItsTimeIsAtRiskTodayAndWasNotAMonthAgo() throws Exception {
        // assigned with the plan 60 days ago, due in 15: 80 % of its time gone today, 40 % a month ago
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("CB-")
                + "/KH-BCĐ\",\"issueDate\":\"" + TODAY.minusDays(60) + "\",\"issuingBody\":\"Ban Chỉ đạo tỉnh\",\"summary\":\"Cảnh báo sớm\"}");
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        int plan = document.json().getInt("id");
        Api.Reply imported = secretariat.upload("/api/tasks/import?document=" + plan, "phu-luc.xlsx", AppendixImportIT.workbook(
                AppendixImportIT.row("1", "Xây dựng kho dữ liệu tài chính công", "STC", "", TODAY.plusDays(15).format(DMY), ""),
                AppendixImportIT.row("2", "Số hóa hồ sơ quyết toán", "STC", "", TODAY.plusDays(15).format(DMY), "")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonObject[] tasks = secretariat.get("/api/tasks?document=" + plan).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().sorted(java.util.Comparator.comparing(t -> t.getString("code"))).toArray(JsonObject[]::new);
        int slow = tasks[0].getInt("id");
        int steady = tasks[1].getInt("id");
        assertThat(financeHead.post("/api/tasks/" + slow + "/progress", "{\"text\":\"Mới khảo sát hiện trạng.\",\"percent\":10}").status())
                .isEqualTo(201);
        assertThat(financeHead.post("/api/tasks/" + steady + "/progress", "{\"text\":\"Đã số hóa 70% hồ sơ.\",\"percent\":70}").status())
                .isEqualTo(201);

        JsonObject risk = secretariat.get("/api/tasks/" + slow).json().getJsonObject("risk");
        assertThat(risk.getString("level")).isEqualTo("AT_RISK");
        assertThat(risk.getInt("timeGone")).isEqualTo(80);
        assertThat(risk.getInt("percent")).isEqualTo(10);
        assertThat(secretariat.get("/api/tasks/" + slow).json().getString("status")).as("a separate axis").isEqualTo("IN_PROGRESS_ON_TIME");
        assertThat(secretariat.get("/api/tasks/" + steady).json().getJsonObject("risk").getString("level")).isEqualTo("ON_TRACK");

        JsonObject today = secretariat.get("/api/tasks/risks?document=" + plan).json();
        assertThat(today.getInt("AT_RISK")).isEqualTo(1);
        assertThat(today.getInt("ON_TRACK")).isEqualTo(1);
        JsonObject monthAgo = secretariat.get("/api/tasks/risks?document=" + plan + "&asOf=" + TODAY.minusDays(30)).json();
        assertThat(monthAgo.getInt("AT_RISK")).as("40 % of its time gone a month ago: not judged yet").isZero();
        assertThat(monthAgo.getInt("ON_TRACK")).isEqualTo(2);
        assertThat(secretariat.get("/api/tasks?document=" + plan + "&risk=AT_RISK").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).singleElement().satisfies(t -> assertThat(t.getInt("id")).isEqualTo(slow));

        // the briefing of the plan counts it the same way
        Api.Reply briefing = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + plan + "}");
        assertThat(briefing.status()).as(briefing.toString()).isEqualTo(201);
        assertThat(Pdfs.text(secretariat.download("/api/reports/" + briefing.json().getInt("id") + "/content").body()))
                .contains("Nhiệm vụ có nguy cơ chậm tiến độ 1 (50,0%)");

        // the task page says it in words, beside the status; the list filters by it and marks it
        try (Browser page = Browser.signedInAs(Api.FINANCE_HEAD)) {
            page.open("/task.xhtml?id=" + slow);
            assertThat(page.text(org.openqa.selenium.By.id("task-risk"))).isEqualTo(
                    "Có nguy cơ chậm tiến độ — đã qua 80% thời gian, tiến độ báo cáo 10%");
            page.open("/index.xhtml");
            assertThat(Long.parseLong(page.text(org.openqa.selenium.By.id("at-risk")))).as("the unit's dashboard counts as the API does")
                    .isEqualTo(financeHead.get("/api/tasks/risks?unit=" + Demo.unit("STC")).json().getInt("AT_RISK"));
            page.open("/tasks.xhtml?document=" + plan + "&risk=AT_RISK");
            assertThat(page.all(org.openqa.selenium.By.cssSelector(".at-risk"))).hasSize(1);
            assertThat(page.pageSource()).contains("Xây dựng kho dữ liệu tài chính công").doesNotContain("Số hóa hồ sơ quyết toán");
        }

        // another unit's head counts none of them; a day to come is refused naming the field
        assertThat(Api.as("giamdoc.snv@chidao.local").get("/api/tasks/risks?document=" + plan).json().getInt("AT_RISK")).isZero();
        Api.Reply future = secretariat.get("/api/tasks/risks?asOf=" + TODAY.plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("asOf");
    }
    /**
     * The secretariat's thresholds move the warning at once in counts, lists and documents; a request for more time puts a
     * task at risk until it is decided; the briefing lists the tasks at risk with the reason, the unit's scorecard too, and
     * another unit's scorecard shows none of them. Settings are checked field by field and guarded against lost updates.
     */
    @Test
    void theSecretariatsThresholdsAndAPendingExtensionMoveTheWarningEverywhere() throws Exception {
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("CBN-")
                + "/KH-BCĐ\",\"issueDate\":\"" + TODAY.minusDays(60) + "\",\"issuingBody\":\"Ban Chỉ đạo tỉnh\",\"summary\":\"Ngưỡng cảnh báo\"}");
        int plan = document.json().getInt("id");
        assertThat(secretariat.upload("/api/tasks/import?document=" + plan, "phu-luc.xlsx", AppendixImportIT.workbook(
                AppendixImportIT.row("1", "Tích hợp dịch vụ thanh toán trực tuyến", "STC", "", TODAY.plusDays(15).format(DMY), ""),
                AppendixImportIT.row("2", "Chuẩn hóa danh mục dùng chung", "STC", "", TODAY.plusDays(15).format(DMY), ""))).status())
                .isEqualTo(201);
        JsonObject[] tasks = secretariat.get("/api/tasks?document=" + plan).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().sorted(java.util.Comparator.comparing(t -> t.getString("code"))).toArray(JsonObject[]::new);
        int slow = tasks[0].getInt("id");
        int steady = tasks[1].getInt("id");
        financeHead.post("/api/tasks/" + slow + "/progress", "{\"text\":\"Đang chọn giải pháp.\",\"percent\":10}");
        financeHead.post("/api/tasks/" + steady + "/progress", "{\"text\":\"Đã chuẩn hóa 70% danh mục.\",\"percent\":70}");
        assertThat(secretariat.get("/api/tasks/risks?document=" + plan).json().getInt("AT_RISK")).isEqualTo(1);

        JsonObject settings = secretariat.get("/api/tasks/early-warning").json();
        assertThat(settings.getInt("from")).isEqualTo(50);
        assertThat(settings.getInt("margin")).isEqualTo(20);
        assertThat(settings.getInt("missedPeriods")).isEqualTo(2);
        int version = settings.getInt("version");
        assertThat(financeHead.put("/api/tasks/early-warning", "{\"from\":50,\"margin\":5,\"missedPeriods\":2,\"version\":" + version + "}")
                .status()).as("a unit may not move the warning").isEqualTo(403);
        Api.Reply zero = secretariat.put("/api/tasks/early-warning", "{\"from\":0,\"margin\":5,\"missedPeriods\":2,\"version\":" + version + "}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");
        assertThat(zero.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("từ 1 đến 100");
        Api.Reply range = secretariat.put("/api/tasks/early-warning", "{\"from\":50,\"margin\":\"15 đến 20\",\"missedPeriods\":2,\"version\":"
                + version + "}");
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("margin");
        assertThat(secretariat.get("/api/tasks/early-warning").json().getInt("version")).as("nothing changed").isEqualTo(version);
        try {
            Api.Reply strict = secretariat.put("/api/tasks/early-warning", "{\"from\":50,\"margin\":5,\"missedPeriods\":2,\"version\":"
                    + version + "}");
            assertThat(strict.status()).as(strict.toString()).isEqualTo(200);
            assertThat(secretariat.put("/api/tasks/early-warning", "{\"from\":50,\"margin\":30,\"missedPeriods\":2,\"version\":"
                    + version + "}").status()).as("a stale version").isEqualTo(409);
            // 70 % reported with 80 % of the time gone trails by more than 5 points
            assertThat(secretariat.get("/api/tasks/risks?document=" + plan).json().getInt("AT_RISK")).isEqualTo(2);
            assertThat(secretariat.get("/api/tasks/" + steady).json().getJsonObject("risk").getString("ground")).isEqualTo("PROGRESS");
        } finally {
            JsonObject now = secretariat.get("/api/tasks/early-warning").json();
            assertThat(secretariat.put("/api/tasks/early-warning", "{\"from\":50,\"margin\":20,\"missedPeriods\":2,\"version\":"
                    + now.getInt("version") + "}").status()).isEqualTo(200);
        }
        assertThat(secretariat.get("/api/tasks/risks?document=" + plan).json().getInt("AT_RISK")).isEqualTo(1);

        // the unit asks for more time on the steady task: at risk while the secretariat has not decided
        Api.Reply asked = financeHead.post("/api/tasks/" + steady + "/extensions", "{\"requestedDueDate\":\"" + TODAY.plusDays(60)
                + "\",\"reason\":\"Chờ bố trí kinh phí\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonObject pending = secretariat.get("/api/tasks/" + steady).json().getJsonObject("risk");
        assertThat(pending.getString("level")).isEqualTo("AT_RISK");
        assertThat(pending.getString("ground")).isEqualTo("EXTENSION");
        assertThat(secretariat.get("/api/tasks/risks?document=" + plan).json().getInt("AT_RISK")).isEqualTo(2);

        Api.Reply briefing = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + plan + "}");
        assertThat(briefing.status()).as(briefing.toString()).isEqualTo(201);
        String text = Pdfs.text(secretariat.download("/api/reports/" + briefing.json().getInt("id") + "/content").body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Nhiệm vụ có nguy cơ chậm tiến độ 2 (100,0%)", "2. Nhiệm vụ có nguy cơ chậm tiến độ",
                "Có 2 nhiệm vụ chưa đến hạn nhưng có nguy cơ chậm tiến độ", "Đã qua 80% thời gian, tiến độ báo cáo 10%",
                "Đang chờ duyệt đề nghị gia hạn");
        assertThat(text.indexOf("Tích hợp dịch vụ thanh toán trực tuyến")).as("the weightier ground first")
                .isLessThan(text.indexOf("Chuẩn hóa danh mục dùng chung"));

        Api.Reply own = financeHead.post("/api/reports", "{\"kind\":\"SCORECARD\",\"unitId\":" + Demo.unit("STC") + "}");
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(Pdfs.text(financeHead.download("/api/reports/" + own.json().getInt("id") + "/content").body()).replaceAll("\\s+", " "))
                .contains("Nhiệm vụ chủ trì có nguy cơ chậm tiến độ", "Có nguy cơ chậm tiến độ: đang chờ duyệt đề nghị gia hạn");
        Api homeAffairs = Api.as("giamdoc.snv@chidao.local");
        Api.Reply other = homeAffairs.post("/api/reports", "{\"kind\":\"SCORECARD\",\"unitId\":" + Demo.unit("SNV") + "}");
        assertThat(Pdfs.text(homeAffairs.download("/api/reports/" + other.json().getInt("id") + "/content").body()))
                .doesNotContain("Tích hợp dịch vụ thanh toán trực tuyến", "Chuẩn hóa danh mục dùng chung");

        // decided: the warning goes with the request
        int extension = asked.json().getInt("id");
        assertThat(secretariat.post("/api/extensions/" + extension + "/reject", "{\"version\":0,"
                + "\"note\":\"Đề nghị hoàn thành đúng hạn\"}").status()).isEqualTo(200);
        assertThat(secretariat.get("/api/tasks/" + steady).json().getJsonObject("risk").getString("level")).isEqualTo("ON_TRACK");
    }
}

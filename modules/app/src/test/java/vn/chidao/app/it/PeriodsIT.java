package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Recurring and ongoing tasks on a real plan: a resolution of 2021 whose "hằng quý" and "thường xuyên" tasks
 * owe one report per quarter. Each quarter has its own due day and state; the task's status follows the
 * current and missed quarters, never the first quarter of 2021; the briefing counts them by period and keeps
 * them out of the dated tasks' on-time rate.
 */
class PeriodsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private final Api policeHead = Api.as("truongphong.ca@chidao.local");

    /** The last day of the quarter {@code day} falls in. */
    private static LocalDate quarterEnd(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
    }

    @Test
    void quartersReportedOrMissedSinceTwentyTwentyOneAreJudgedQuarterByQuarter() throws Exception {
        int document = resolutionOf2021();
        int everyQuarter = assign(document, "3", "Báo cáo kết quả thực hiện Đề án 06 hằng quý", "hằng quý").getInt("id");
        int missedLast = assign(document, "4", "Cập nhật cơ sở dữ liệu chuyên ngành", "Hằng quý").getInt("id");
        int dated = assign(document, "5", "Ban hành kế hoạch chuyển đổi số năm 2021", "31/12/2021").getInt("id");

        // the lead reports five days before each quarter's end, from the second quarter of 2021 until today
        LocalDate previousQuarterEnd = quarterEnd(TODAY).minusMonths(3).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
        int quartersDue = 0;
        for (LocalDate end = LocalDate.of(2021, 6, 30); end.isBefore(TODAY); end = quarterEnd(end.plusDays(1))) {
            quartersDue++;
            report(everyQuarter, end.minusDays(5));
            if (!end.equals(previousQuarterEnd)) {
                report(missedLast, end.minusDays(5));
            }
        }
        report(dated, LocalDate.of(2021, 12, 20), true);
        JsonObject proposed = secretariat.get("/api/tasks/" + dated).json();
        assertThat(secretariat.post("/api/tasks/" + dated + "/completion/accept", "{\"version\":" + proposed.getInt("version") + "}")
                .status()).isEqualTo(200);

        JsonObject onTime = financeHead.get("/api/tasks/" + everyQuarter).json();
        assertThat(onTime.getString("status")).as(onTime.toString()).isIn("IN_PROGRESS_ON_TIME", "DUE_SOON");
        assertThat(onTime.getInt("daysOverdue")).isZero();
        assertThat(LocalDate.parse(onTime.getString("dueDate"))).isEqualTo(quarterEnd(TODAY));

        JsonObject late = financeHead.get("/api/tasks/" + missedLast).json();
        assertThat(late.getString("status")).isEqualTo("OVERDUE");
        assertThat(late.getString("dueDate")).isEqualTo(previousQuarterEnd.toString());
        assertThat(late.getInt("daysOverdue")).as("overdue by the missed quarter's days, not by years")
                .isEqualTo((int) ChronoUnit.DAYS.between(previousQuarterEnd, TODAY));

        List<JsonObject> periods = financeHead.get("/api/tasks/" + missedLast + "/periods").array().getValuesAs(JsonObject.class);
        assertThat(periods).hasSize(quartersDue + 1);
        assertThat(periods.get(0).getString("startsOn")).isEqualTo("2021-04-01");
        assertThat(periods).filteredOn(p -> p.getString("state").equals("MISSING")).singleElement()
                .satisfies(p -> assertThat(p.getString("endsOn")).isEqualTo(previousQuarterEnd.toString()));
        assertThat(periods.get(periods.size() - 1).getString("state")).isEqualTo("DUE");

        // the unit sees what it owes: the missed quarter of one task, the current quarter of the other
        List<JsonObject> owed = financeHead.get("/api/periods/owed").array().getValuesAs(JsonObject.class);
        assertThat(owed).filteredOn(o -> o.getInt("task") == missedLast).singleElement()
                .satisfies(o -> assertThat(o.getJsonObject("period").getString("state")).isEqualTo("MISSING"));
        assertThat(owed).filteredOn(o -> o.getInt("task") == everyQuarter).singleElement()
                .satisfies(o -> assertThat(o.getJsonObject("period").getString("state")).isEqualTo("DUE"));
        assertThat(policeHead.get("/api/periods/owed?unit=" + Demo.unit("STC")).status()).isEqualTo(403);
        assertThat(policeHead.get("/api/tasks/" + missedLast + "/periods").status()).isEqualTo(404);

        // the briefing counts them by period and rates only the dated task
        String briefing = briefingText(document);
        int due = 2 * quartersDue;
        assertThat(briefing.replaceAll("\\s+", " "))
                .contains(due + " kỳ đến hạn: " + (due - 1) + " đúng hạn, 0 trễ, 1 chưa báo cáo")
                .contains("Tỷ lệ đúng hạn theo hạn hiện hành 100,0% (1/1)")
                .contains("Tỷ lệ đúng hạn theo hạn ban đầu 100,0% (1/1)");

        // the unit's start page counts its periods too
        Api page = Api.browser();
        page.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        assertThat(page.get("/index.xhtml").body().replaceAll("\\s+", " "))
                .containsPattern("Nhiệm vụ thường xuyên, định kỳ: [\\d.]+ kỳ đến hạn — [\\d.]+ đúng hạn, \\d+ trễ, [1-9]\\d* chưa báo cáo");

        // a late report settles the missed quarter; the task is back in term
        report(missedLast, TODAY);
        JsonObject caughtUp = financeHead.get("/api/tasks/" + missedLast).json();
        assertThat(caughtUp.getString("status")).isIn("IN_PROGRESS_ON_TIME", "DUE_SOON");
        assertThat(financeHead.get("/api/tasks/" + missedLast + "/periods").array().getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getString("endsOn").equals(previousQuarterEnd.toString())).singleElement()
                .satisfies(p -> assertThat(p.getString("state")).isEqualTo("REPORTED_LATE"));
    }

    @Test
    void aPlanOf2021TakenInTodayOwesFromTheCurrentQuarterAndIsNeverCompleted() {
        int document = resolutionOf2021();
        Api.Reply assigned = secretariat.post("/api/tasks", "{\"documentId\":" + document + ",\"code\":\"9\",\"title\":\""
                + "Tuyên truyền chuyển đổi số\",\"leadUnitId\":" + Demo.unit("STC") + ",\"deadline\":\"Thường xuyên\","
                + "\"assignedOn\":\"2021-03-15\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        JsonObject task = assigned.json();
        int id = task.getInt("id");
        assertThat(task.getJsonObject("deadline").getString("kind")).isEqualTo("ONGOING");
        assertThat(task.getString("dueDate")).isEqualTo(quarterEnd(TODAY.plusDays(TODAY.equals(quarterEnd(TODAY)) ? 1 : 0)).toString());
        assertThat(task.getInt("daysOverdue")).isZero();

        Api.Reply completion = financeHead.post("/api/tasks/" + id + "/progress",
                "{\"text\":\"Đã làm xong\",\"percent\":100,\"proposesCompletion\":true}");
        assertThat(completion.status()).isEqualTo(409);
        assertThat(completion.json().getString("message")).contains("không đề nghị hoàn thành");
        assertThat(financeHead.post("/api/tasks/" + id + "/extensions", "{\"requestedDueDate\":\"" + TODAY.plusYears(1)
                + "\",\"reason\":\"Xin thêm thời gian\"}").status()).isEqualTo(409);
        assertThat(financeHead.get("/api/tasks/" + id + "/actions").array().getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("REPORT_PROGRESS");
    }

    @Test
    void theSecretariatCorrectsTheKindOfDeadlineAndWaivesAPeriodWithReasons() {
        int document = resolutionOf2021();
        JsonObject dated = assign(document, "7", "Tổng hợp báo cáo chuyển đổi số", TODAY.plusDays(40).format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        int id = dated.getInt("id");

        Api.Reply byUnit = financeHead.put("/api/tasks/" + id + "/deadline", "{\"version\":" + dated.getInt("version")
                + ",\"deadline\":\"hằng tháng\",\"reason\":\"Sai loại\"}");
        assertThat(byUnit.status()).isEqualTo(403);
        Api.Reply moveDate = secretariat.put("/api/tasks/" + id + "/deadline", "{\"version\":" + dated.getInt("version")
                + ",\"deadline\":\"31/12/2030\",\"reason\":\"Lùi hạn\"}");
        assertThat(moveDate.status()).isEqualTo(400);
        assertThat(moveDate.body()).contains("\"field\":\"deadline\"");
        Api.Reply noReason = secretariat.put("/api/tasks/" + id + "/deadline", "{\"version\":" + dated.getInt("version")
                + ",\"deadline\":\"hằng tháng\",\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        LocalDate twoMonthsAgo = TODAY.minusMonths(2).withDayOfMonth(1);
        Api.Reply corrected = secretariat.put("/api/tasks/" + id + "/deadline", "{\"version\":" + dated.getInt("version")
                + ",\"deadline\":\"hằng tháng\",\"owingFrom\":\"" + twoMonthsAgo + "\",\"reason\":\"Văn bản yêu cầu báo cáo hằng tháng\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getString("status")).isEqualTo("OVERDUE");
        List<JsonObject> periods = secretariat.get("/api/tasks/" + id + "/periods").array().getValuesAs(JsonObject.class);
        assertThat(periods).extracting(p -> p.getString("state")).containsExactly("MISSING", "MISSING", "DUE");

        List<Integer> versions = new ArrayList<>(List.of(corrected.json().getInt("version")));
        for (JsonObject period : periods.subList(0, 2)) {
            Api.Reply waived = secretariat.post("/api/tasks/" + id + "/periods/" + period.getString("startsOn") + "/waiver",
                    "{\"version\":" + versions.get(versions.size() - 1) + ",\"reason\":\"Đơn vị mới được giao, chưa phát sinh\"}");
            assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
            versions.add(waived.json().getInt("version"));
        }
        JsonObject after = secretariat.get("/api/tasks/" + id).json();
        assertThat(after.getString("status")).isIn("NOT_STARTED", "DUE_SOON");
        assertThat(secretariat.post("/api/tasks/" + id + "/periods/" + periods.get(0).getString("startsOn") + "/waiver",
                "{\"version\":" + after.getInt("version") + ",\"reason\":\"Lần nữa\"}").status()).isEqualTo(409);
        assertThat(secretariat.get("/api/tasks/" + id + "/timeline").body()).contains("Văn bản yêu cầu báo cáo hằng tháng");
    }

    private int resolutionOf2021() {
        Api.Reply created = secretariat.post("/api/documents", "{\"kind\":\"RESOLUTION\",\"number\":\"" + Demo.unique("NQ-")
                + "/NQ-TU\",\"issueDate\":\"2021-03-15\",\"issuingBody\":\"Tỉnh ủy Bắc Giang\","
                + "\"summary\":\"Nghị quyết về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030\",\"periodFrom\":2021,\"periodTo\":2030}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private JsonObject assign(int document, String code, String title, String deadline) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + document + ",\"code\":\"" + code + "\",\"title\":\""
                + title + "\",\"leadUnitId\":" + Demo.unit("STC") + ",\"deadline\":\"" + deadline + "\","
                + "\"assignedOn\":\"2021-03-15\",\"owingFrom\":\"2021-04-01\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private void report(int task, LocalDate day) {
        report(task, day, false);
    }

    private void report(int task, LocalDate day, boolean done) {
        Api.Reply reply = financeHead.post("/api/tasks/" + task + "/progress", "{\"reportedOn\":\"" + day + "\",\"text\":\"Báo cáo kỳ\","
                + "\"percent\":" + (done ? 100 : 50) + ",\"proposesCompletion\":" + done + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private String briefingText(int document) {
        Api.Reply created = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + document + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        byte[] pdf = secretariat.download("/api/reports/" + created.json().getInt("id") + "/content").body();
        return Pdfs.text(pdf);
    }
}

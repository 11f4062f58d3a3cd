package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.chidao.tasks.StatusClass;

/**
 * Briefings, scorecards and task sheets read back as their readers get them: the PDF's text and
 * fonts, the numbers against the tasks API for the same day, the archive's bytes and hash, and who
 * may have which report.
 */
class ReportsIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api committee = Api.as(Api.COMMITTEE);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private final String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @Test
    void theKh382BriefingSaysWhatTheTasksApiSaysForTheSameDayInAnAdministrativeLayout() throws Exception {
        int kh382 = Demo.document("382/KH-UBND");
        Api.Reply created = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + kh382 + ",\"asOf\":\"" + today + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject record = created.json();
        byte[] pdf = secretariat.download("/api/reports/" + record.getInt("id") + "/content").body();
        Pdfs.renderFirstPage(pdf, "briefing-kh382");

        String text = Pdfs.text(pdf);
        Pdfs.assertEveryFontEmbedded(pdf);
        assertThat(text).contains("UBND TỈNH ĐỒNG NAI", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kế hoạch số 382/KH-UBND", "Đang thực hiện quá hạn", "Nơi nhận:",
                "Biểu đồ 1", "tính đến ngày " + LocalDate.parse(today).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(text).containsPattern("Đồng Nai, ngày \\d\\d tháng \\d\\d năm \\d{4}");

        List<JsonObject> counts = secretariat.get("/api/tasks/counts?document=" + kh382 + "&asOf=" + today).array()
                .getValuesAs(JsonObject.class);
        Map<StatusClass, Long> totals = totals(counts);
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isPositive();
        assertThat(text).as("the totals row of the table per unit").contains("Tổng cộng " + total + " "
                + totals.get(StatusClass.NOT_STARTED) + " " + totals.get(StatusClass.IN_PROGRESS_ON_TIME) + " "
                + totals.get(StatusClass.DUE_SOON) + " " + totals.get(StatusClass.OVERDUE) + " " + totals.get(StatusClass.DONE_ON_TIME)
                + " " + totals.get(StatusClass.DONE_LATE) + " " + totals.get(StatusClass.SUSPENDED));
        assertThat(text).contains("Tổng số nhiệm vụ " + total);
        // on-time rates count the tasks due by a date or period; ongoing and recurring ones are counted by period (the demo
        // has Đề án 06 reported late for its last two quarters and the radio programme missing its last one)
        Map<String, Long> original = secretariat.get("/api/tasks?limit=500&document=" + kh382).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> List.of("DATE", "PERIOD").contains(t.getJsonObject("deadline").getString("kind")))
                .collect(java.util.stream.Collectors.groupingBy(t -> t.getString("statusAgainstOriginal"), java.util.stream.Collectors.counting()));
        long onTime = original.getOrDefault("DONE_ON_TIME", 0L);
        long due = onTime + original.getOrDefault("DONE_LATE", 0L) + original.getOrDefault("OVERDUE", 0L);
        assertThat(text).contains("Tỷ lệ đúng hạn theo hạn ban đầu").contains("(" + onTime + "/" + due + ")");
        assertThat(text.replaceAll("\\s+", " ")).containsPattern("Nhiệm vụ thường xuyên, định kỳ \\(theo kỳ báo cáo\\) \\d+ kỳ đến hạn: \\d+ đúng hạn, 2 trễ, 1 chưa báo cáo");

        List<JsonObject> overdue = secretariat.get("/api/tasks/overdue?document=" + kh382 + "&asOf=" + today + "&limit=500").array()
                .getValuesAs(JsonObject.class);
        assertThat(overdue).isNotEmpty();
        assertThat(text).contains("Có " + overdue.size() + " nhiệm vụ đang thực hiện quá hạn");
        for (JsonObject task : overdue) {
            assertThat(text).contains(task.getString("code") + ". ");
        }
        for (JsonObject unit : counts) {
            assertThat(text).contains(displayName(unit.getInt("unit")));
        }

        HttpResponse<byte[]> again = secretariat.download("/api/reports/" + record.getInt("id") + "/content");
        assertThat(again.body()).isEqualTo(pdf);
        assertThat(sha256(again.body())).isEqualTo(record.getString("sha256"));
        assertThat(again.headers().firstValue("ETag")).hasValue("\"" + record.getString("sha256") + "\"");
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(record.getString("generatedBy")).isEqualTo(Api.SECRETARIAT);
        assertThat(secretariat.get("/api/reports?kind=BRIEFING").array().getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getInt("id")).isEqualTo(record.getInt("id"));
                    assertThat(r.getString("sha256")).isEqualTo(record.getString("sha256"));
                });
    }

    @Test
    void theExcelVersionHoldsTheSameNumbersAsData() throws IOException {
        int kh382 = Demo.document("382/KH-UBND");
        Api.Reply created = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"format\":\"XLSX\",\"documentId\":" + kh382
                + ",\"asOf\":\"" + today + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        byte[] xlsx = secretariat.download("/api/reports/" + created.json().getInt("id") + "/content").body();
        List<JsonObject> counts = secretariat.get("/api/tasks/counts?document=" + kh382 + "&asOf=" + today).array()
                .getValuesAs(JsonObject.class);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet perUnit = workbook.getSheet("Theo đơn vị");
            assertThat(perUnit.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Đang thực hiện quá hạn");
            assertThat(perUnit.getLastRowNum()).isEqualTo(counts.size());
            for (JsonObject unit : counts) {
                Row row = find(perUnit, displayName(unit.getInt("unit")));
                assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(unit.getInt("total"));
                assertThat((long) row.getCell(5).getNumericCellValue())
                        .isEqualTo(unit.getJsonObject("counts").getInt("OVERDUE", 0));
            }
            int overdue = secretariat.get("/api/tasks/overdue?document=" + kh382 + "&asOf=" + today + "&limit=500").array().size();
            assertThat(workbook.getSheet("Quá hạn").getLastRowNum()).isEqualTo(overdue);
            // the summary's figures are numbers and shares, the overdue list's dates are dates, every table filters
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Số lượng");
            assertThat((long) summary.getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(counts.stream().mapToLong(c -> c.getInt("total")).sum());
            assertThat(summary.getRow(2).getCell(3) == null || summary.getRow(2).getCell(3).getCellType() == CellType.NUMERIC).isTrue();
            if (overdue > 0) {
                Row first = workbook.getSheet("Quá hạn").getRow(1);
                assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first.getCell(3))).as("due").isTrue();
                assertThat(first.getCell(5).getCellType()).as("days overdue").isEqualTo(CellType.NUMERIC);
            }
            for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
                assertThat(workbook.getSheetAt(i).getCTWorksheet().getAutoFilter()).as(workbook.getSheetName(i)).isNotNull();
                assertThat(workbook.getSheetAt(i).getPaneInformation().isFreezePane()).as(workbook.getSheetName(i)).isTrue();
            }
        }
    }

    @Test
    void aUnitGetsItsOwnScorecardAndNothingElse() {
        int finance = Demo.unit("STC");
        int homeAffairs = Demo.unit("SNV");

        Api.Reply own = financeHead.post("/api/reports", "{\"kind\":\"SCORECARD\",\"unitId\":" + finance + "}");
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        byte[] pdf = financeHead.download("/api/reports/" + own.json().getInt("id") + "/content").body();
        assertThat(Pdfs.text(pdf)).contains("BẢNG THEO DÕI NHIỆM VỤ", "Sở Tài chính");
        Pdfs.assertEveryFontEmbedded(pdf);

        assertThat(financeHead.post("/api/reports", "{\"kind\":\"SCORECARD\",\"unitId\":" + homeAffairs + "}").status()).isEqualTo(403);
        assertThat(financeHead.post("/api/reports", "{\"kind\":\"BRIEFING\"}").status()).isEqualTo(403);
        int othersScorecard = secretariat.post("/api/reports", "{\"kind\":\"SCORECARD\",\"unitId\":" + homeAffairs + "}").json().getInt("id");
        int briefing = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\"}").json().getInt("id");

        assertThat(financeHead.get("/api/reports/" + othersScorecard).status()).isEqualTo(404);
        assertThat(financeHead.download("/api/reports/" + briefing + "/content").statusCode()).isEqualTo(404);
        assertThat(financeHead.get("/api/reports").array().getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(r -> assertThat(r.getInt("unit")).isEqualTo(finance));
        assertThat(committee.download("/api/reports/" + othersScorecard + "/content").statusCode()).isEqualTo(200);
        assertThat(committee.get("/api/reports").array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("id")).contains(othersScorecard, briefing);
    }

    @Test
    void aTaskSheetPrintsMarkupAndExpressionsInItsTitleAsText() {
        int kh382 = Demo.document("382/KH-UBND");
        String title = "<script>alert('x')</script> $P{x} và $F{title}";
        Api.Reply task = secretariat.post("/api/tasks", "{\"documentId\":" + kh382 + ",\"code\":\"" + Demo.unique("BC-")
                + "\",\"title\":\"" + title.replace("'", "\\u0027") + "\",\"leadUnitId\":" + Demo.unit("STC") + ",\"deadline\":\"31/12/2026\"}");
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        int id = task.json().getInt("id");

        Api.Reply sheet = financeHead.post("/api/reports", "{\"kind\":\"TASK_SHEET\",\"taskId\":" + id + "}");
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(201);
        byte[] pdf = financeHead.download("/api/reports/" + sheet.json().getInt("id") + "/content").body();

        assertThat(Pdfs.text(pdf)).contains("PHIẾU THEO DÕI NHIỆM VỤ", title, "DIỄN BIẾN THỰC HIỆN", "Sở Tài chính");
        assertThat(Api.as("giamdoc.snv@chidao.local").post("/api/reports", "{\"kind\":\"TASK_SHEET\",\"taskId\":" + id + "}").status())
                .isEqualTo(404);
    }

    @Test
    void badRequestsAreRefusedInTheUsersLanguageAndArchiveNothing() {
        int before = secretariat.get("/api/reports?limit=500").array().size();
        Api.Reply future = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"asOf\":\"2999-01-01\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getString("detail", future.body())).contains("tương lai");
        assertThat(secretariat.inEnglish().post("/api/reports", "{\"kind\":\"SCORECARD\"}").body()).contains("A scorecard needs a unit");
        assertThat(secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":987654}").status()).isEqualTo(404);
        assertThat(secretariat.get("/api/reports?limit=500").array().size()).isEqualTo(before);
    }

    @Test
    void aScheduledBriefingIsGeneratedOncePerPeriodHoweverManyJobsRun() throws Exception {
        int kh382 = Demo.document("382/KH-UBND");
        assertThat(committee.post("/api/reports/schedules", "{\"documentId\":" + kh382 + ",\"frequency\":\"WEEKLY\"}").status())
                .isEqualTo(403);
        Api.Reply schedule = secretariat.post("/api/reports/schedules", "{\"documentId\":" + kh382 + ",\"frequency\":\"WEEKLY\"}");
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
        int id = schedule.json().getInt("id");

        List<CompletableFuture<Api.Reply>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> Api.as(Api.SECRETARIAT).post("/api/reports/schedules/run", "{}")));
        }
        for (CompletableFuture<Api.Reply> run : runs) {
            assertThat(run.get().status()).as(run.get().toString()).isEqualTo(200);
        }
        assertThat(secretariat.post("/api/reports/schedules/run", "{}").status()).isEqualTo(200);

        List<JsonObject> generated = secretariat.get("/api/reports?kind=BRIEFING&limit=500").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.containsKey("schedule") && r.getInt("schedule") == id).toList();
        assertThat(generated).hasSize(1);
        assertThat(generated.get(0).getString("period")).matches("\\d{4}-W\\d\\d");
        assertThat(financeHead.post("/api/reports/schedules/run", "{}").status()).isEqualTo(403);
    }

    @Test
    void aCommitteeMemberDownloadsTheKh382BriefingFromTheReportsPage() {
        Api browser = Api.browser();
        browser.postForm("/signin", "username", Api.COMMITTEE, "password", Api.DEMO_PASSWORD);
        Api.Reply home = browser.get("/reports.xhtml");
        assertThat(home.body()).as("the committee makes briefings and any unit's scorecard")
                .contains("Lập báo cáo tình hình", "382/KH-UBND", "reports:scorecardUnit");
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(home.body());
        assertThat(viewState.find()).isTrue();

        Api.Reply pdf = browser.postForm("/reports.xhtml", "reports_SUBMIT", "1", "reports:document",
                String.valueOf(Demo.document("382/KH-UBND")), "reports:format", "PDF", "reports:briefing", "Lập báo cáo tình hình",
                "jakarta.faces.ViewState", viewState.group(1));

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).as(pdf.body()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("bao-cao-382-kh-ubnd");
        assertThat(pdf.body()).startsWith("%PDF");

        Api unitBrowser = Api.browser();
        unitBrowser.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        assertThat(unitBrowser.get("/reports.xhtml").body()).as("a unit: its own scorecard only")
                .contains("Bảng theo dõi của đơn vị").doesNotContain("Lập báo cáo tình hình", "reports:scorecardUnit");
    }

    private static Map<StatusClass, Long> totals(List<JsonObject> counts) {
        Map<StatusClass, Long> totals = new EnumMap<>(StatusClass.class);
        for (StatusClass status : StatusClass.values()) {
            totals.put(status, 0L);
        }
        counts.forEach(c -> c.getJsonObject("counts").forEach((k, v) -> totals.merge(StatusClass.valueOf(k),
                ((jakarta.json.JsonNumber) v).longValue(), Long::sum)));
        return totals;
    }

    private static String displayName(int unit) {
        JsonObject view = Api.as(Api.ADMIN).get("/api/units/" + unit).json();
        return !view.containsKey("shortName") || view.isNull("shortName") || view.getString("shortName").isBlank()
                ? view.getString("name") : view.getString("shortName");
    }

    private static Row find(Sheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && unit.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + unit);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

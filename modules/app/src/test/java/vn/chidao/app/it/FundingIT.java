package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The money behind a plan as a secretariat and two departments meet it: a plan's envelope, funding planned by source for
 * two tasks of different units, disbursement reported with two progress reports (one above plan: flagged, not refused),
 * a correction with a reason, and the sums by document, pillar, unit and source — each department seeing its own only.
 */
class FundingIT {

    private static final long BILLION = 1_000_000_000L;
    private static final long MILLION = 1_000_000L;

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private final Api homeAffairs = Api.as("giamdoc.snv@chidao.local");

    @Test
    void plannedByAndDisbursedThroughProgressReportsSumsTheSameEveryWayAndUnitsSeeTheirOwn() throws Exception {
        Map<String, Integer> sources = secretariat.get("/api/funding/sources").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("code"), s -> s.getInt("id")));
        int central = sources.get("NSTW");
        int province = sources.get("NSDP");
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("KP-")
                + "/KH-UBND\",\"issueDate\":\"2026-01-15\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Chuyển đổi số ngành tài chính\"}");
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        int plan = document.json().getInt("id");
        int finance = task(plan, "Xây dựng kho dữ liệu tài chính công", "STC", "DIGITAL_GOVERNMENT");
        int records = task(plan, "Số hóa hồ sơ cán bộ, công chức", "SNV", "DIGITAL_SOCIETY");

        assertThat(line("{\"document\":" + plan + ",\"source\":" + central + ",\"year\":2026,\"amount\":" + 5 * BILLION + "}").status())
                .isEqualTo(201);
        assertThat(line("{\"task\":" + finance + ",\"source\":" + central + ",\"year\":2026,\"amount\":" + 2 * BILLION + "}").status())
                .isEqualTo(201);
        int financeProvince = line("{\"task\":" + finance + ",\"source\":" + province + ",\"year\":2026,\"amount\":" + BILLION + "}")
                .json().getInt("id");
        assertThat(line("{\"task\":" + records + ",\"source\":" + province + ",\"year\":2026,\"amount\":" + 500 * MILLION + "}").status())
                .isEqualTo(201);

        // refused, naming the field, and nothing written
        refused(secretariat.post("/api/funding/lines", "{\"task\":" + finance + ",\"source\":" + central + ",\"year\":2027,\"amount\":-5}"),
                400, "amount", "âm");
        refused(secretariat.post("/api/funding/lines", "{\"task\":" + finance + ",\"source\":" + central + ",\"year\":2027,"
                + "\"amount\":\"12,8 tỷ\"}"), 400, "amount", null);
        refused(secretariat.post("/api/funding/lines", "{\"task\":" + finance + ",\"source\":" + central + ",\"year\":2026,\"amount\":1}"),
                409, "source", "Ngân sách trung ương");
        refused(secretariat.post("/api/funding/lines", "{\"task\":" + finance + ",\"source\":" + central + ",\"year\":1990,\"amount\":1}"),
                400, "year", null);
        assertThat(financeHead.post("/api/funding/lines", "{\"task\":" + finance + ",\"source\":" + central + ",\"year\":2028,\"amount\":1}")
                .status()).as("a department does not plan money").isEqualTo(403);
        assertThat(secretariat.get("/api/funding/tasks/" + finance).json().getJsonArray("planned")).hasSize(2);

        // disbursed with two progress reports; the second one pays more than the province planned: flagged
        assertThat(financeHead.post("/api/tasks/" + finance + "/progress", "{\"text\":\"Đã ký hợp đồng thuê dịch vụ.\",\"percent\":30,"
                + "\"disbursements\":[{\"source\":" + central + ",\"amount\":" + 800 * MILLION + "}]}").status()).isEqualTo(201);
        assertThat(financeHead.post("/api/tasks/" + finance + "/progress", "{\"text\":\"Đã nghiệm thu giai đoạn 1.\",\"percent\":60,"
                + "\"disbursements\":[{\"source\":" + central + ",\"amount\":" + 400 * MILLION + "},{\"source\":" + province
                + ",\"amount\":" + 1_200 * MILLION + "}]}").status()).isEqualTo(201);
        assertThat(homeAffairs.post("/api/tasks/" + records + "/progress", "{\"text\":\"Đã số hóa 20% hồ sơ.\",\"percent\":20,"
                + "\"disbursements\":[{\"source\":" + province + ",\"amount\":" + 100 * MILLION + "}]}").status()).isEqualTo(201);
        int reports = financeHead.get("/api/tasks/" + finance + "/progress").array().size();
        refused(financeHead.post("/api/tasks/" + finance + "/progress", "{\"text\":\"Sai số\",\"percent\":65,"
                + "\"disbursements\":[{\"source\":" + central + ",\"amount\":-1}]}"), 400, "disbursements", "âm");
        assertThat(financeHead.get("/api/tasks/" + finance + "/progress").array()).as("no half-written report").hasSize(reports);

        JsonObject financeMoney = financeHead.get("/api/funding/tasks/" + finance).json();
        assertThat(financeMoney.getJsonNumber("plannedTotal").longValue()).isEqualTo(3 * BILLION);
        assertThat(financeMoney.getJsonNumber("disbursedTotal").longValue()).isEqualTo(2_400 * MILLION);
        assertThat(financeMoney.getJsonArray("disbursed")).hasSize(3);
        assertThat(financeMoney.getBoolean("overPlan")).as("1,2 tỷ paid from a 1 tỷ provincial line").isTrue();
        assertThat(financeMoney.getJsonArray("overPlanSources").getString(0)).isEqualTo("Ngân sách tỉnh");
        assertThat(financeHead.get("/api/funding/tasks/" + records).status()).as("another unit's task").isEqualTo(404);

        // sums every way, for the secretariat
        Map<String, JsonObject> byDocument = rows(secretariat, "DOCUMENT", plan);
        assertThat(byDocument).hasSize(1);
        JsonObject whole = byDocument.values().iterator().next();
        assertThat(amount(whole, "envelope")).isEqualTo(5 * BILLION);
        assertThat(amount(whole, "planned")).isEqualTo(3_500 * MILLION);
        assertThat(amount(whole, "disbursed")).isEqualTo(2_500 * MILLION);
        Map<String, JsonObject> bySource = rows(secretariat, "SOURCE", plan);
        assertThat(amount(bySource.get(String.valueOf(central)), "envelope")).isEqualTo(5 * BILLION);
        assertThat(amount(bySource.get(String.valueOf(central)), "planned")).isEqualTo(2 * BILLION);
        assertThat(amount(bySource.get(String.valueOf(central)), "disbursed")).isEqualTo(1_200 * MILLION);
        assertThat(amount(bySource.get(String.valueOf(province)), "planned")).isEqualTo(1_500 * MILLION);
        assertThat(amount(bySource.get(String.valueOf(province)), "disbursed")).isEqualTo(1_300 * MILLION);
        Map<String, JsonObject> byUnit = rows(secretariat, "UNIT", plan);
        assertThat(amount(byUnit.get(String.valueOf(Demo.unit("STC"))), "disbursed")).isEqualTo(2_400 * MILLION);
        assertThat(amount(byUnit.get(String.valueOf(Demo.unit("SNV"))), "planned")).isEqualTo(500 * MILLION);
        assertThat(byUnit.get(String.valueOf(Demo.unit("STC"))).getJsonNumber("rate").doubleValue()).isEqualTo(80.0);
        Map<String, JsonObject> byPillar = rows(secretariat, "PILLAR", plan);
        assertThat(amount(byPillar.get("DIGITAL_GOVERNMENT"), "planned")).isEqualTo(3 * BILLION);
        assertThat(amount(byPillar.get("DIGITAL_SOCIETY"), "disbursed")).isEqualTo(100 * MILLION);

        // a department sees its own tasks' money only
        Map<String, JsonObject> ownUnits = rows(financeHead, "UNIT", plan);
        assertThat(ownUnits.keySet()).containsExactly(String.valueOf(Demo.unit("STC")));
        assertThat(amount(rows(financeHead, "DOCUMENT", plan).values().iterator().next(), "planned")).isEqualTo(3 * BILLION);
        assertThat(amount(rows(homeAffairs, "SOURCE", plan).get(String.valueOf(province)), "disbursed")).isEqualTo(100 * MILLION);

        // the secretariat corrects a reported amount with a reason; the sums follow
        JsonObject first = financeMoney.getJsonArray("disbursed").getJsonObject(0);
        refused(secretariat.put("/api/funding/disbursements/" + first.getInt("id"), "{\"amount\":" + 700 * MILLION + ",\"version\":"
                + first.getInt("version") + "}"), 400, "reason", null);
        assertThat(financeHead.put("/api/funding/disbursements/" + first.getInt("id"), "{\"amount\":1,\"reason\":\"x\",\"version\":"
                + first.getInt("version") + "}").status()).isEqualTo(403);
        Api.Reply corrected = secretariat.put("/api/funding/disbursements/" + first.getInt("id"), "{\"amount\":" + 700 * MILLION
                + ",\"reason\":\"Theo chứng từ của Kho bạc Nhà nước\",\"version\":" + first.getInt("version") + "}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getString("correctedBy")).isEqualTo(Api.SECRETARIAT);
        assertThat(secretariat.put("/api/funding/disbursements/" + first.getInt("id"), "{\"amount\":1,\"reason\":\"x\",\"version\":"
                + first.getInt("version") + "}").status()).as("a stale version").isEqualTo(409);
        assertThat(amount(rows(secretariat, "DOCUMENT", plan).values().iterator().next(), "disbursed")).isEqualTo(2_400 * MILLION);

        // planned amount changed at the version read
        JsonObject provinceLine = secretariat.get("/api/funding/tasks/" + finance).json().getJsonArray("planned").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getInt("id") == financeProvince).findFirst().orElseThrow();
        assertThat(secretariat.put("/api/funding/lines/" + financeProvince, "{\"amount\":" + 1_500 * MILLION + ",\"version\":"
                + provinceLine.getInt("version") + "}").status()).isEqualTo(200);
        assertThat(secretariat.get("/api/funding/tasks/" + finance).json().getBoolean("overPlan")).isFalse();

        // the briefing of the plan says the same in words, and its workbook in đồng
        Api.Reply briefing = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + plan + "}");
        assertThat(briefing.status()).as(briefing.toString()).isEqualTo(201);
        String text = Pdfs.text(secretariat.download("/api/reports/" + briefing.json().getInt("id") + "/content").body())
                .replaceAll("\\s+", " ");
        assertThat(text).contains("VI. KINH PHÍ THỰC HIỆN", "Kinh phí theo các văn bản là 5 tỷ đồng",
                "kinh phí đã phân bổ cho các nhiệm vụ là 4 tỷ đồng", "đã giải ngân 2,4 tỷ đồng, đạt 60,0%",
                "Ngân sách trung ương", "Ngân sách tỉnh", "Biểu đồ 3");
        Api.Reply workbook = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"format\":\"XLSX\",\"documentId\":" + plan + "}");
        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(201);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(secretariat.download("/api/reports/" + workbook.json().getInt("id") + "/content").body()))) {
            org.apache.poi.ss.usermodel.Sheet bySourceSheet = xlsx.getSheet("Kinh phí theo nguồn");
            Map<String, org.apache.poi.ss.usermodel.Row> sheetRows = new java.util.HashMap<>();
            for (int i = 1; i <= bySourceSheet.getLastRowNum(); i++) {
                sheetRows.put(bySourceSheet.getRow(i).getCell(0).getStringCellValue(), bySourceSheet.getRow(i));
            }
            assertThat(sheetRows.get("Ngân sách trung ương").getCell(1).getNumericCellValue()).isEqualTo(5e9);
            assertThat(sheetRows.get("Ngân sách trung ương").getCell(3).getNumericCellValue()).as("as a number").isEqualTo(7e8 + 4e8);
            assertThat(sheetRows.get("Ngân sách tỉnh").getCell(2).getNumericCellValue()).isEqualTo(2e9);
            assertThat(sheetRows.get("Tổng cộng").getCell(3).getNumericCellValue()).isEqualTo(2.4e9);
            assertThat(xlsx.getSheet("Kinh phí theo đơn vị").getLastRowNum()).as("two units and the total").isEqualTo(3);
        }
    }

    /**
     * An appendix with funding as secretariats type it: "Kinh phí (triệu đồng)" with numbers (one a numeric cell), a
     * "Nguồn kinh phí" column, and an amount with its source in brackets; a range or an unknown source is refused naming the
     * column and nothing is written; corrected, the tasks come in with their funding.
     */
    @Test
    void anAppendixCarriesItsFundingColumn() throws Exception {
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("KPI-")
                + "/KH-UBND\",\"issueDate\":\"2026-02-01\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Phụ lục có kinh phí\"}");
        int plan = document.json().getInt("id");
        Object[][] bad = {
                {"1", "Xây dựng kho dữ liệu dùng chung", "STC", "31/12/2027", 1500.0, "Ngân sách tỉnh"},
                {"2", "Thuê dịch vụ trung tâm điều hành thông minh", "SNV", "2027", "15 đến 20", "NSDP"},
                {"3", "Số hóa tài liệu lưu trữ", "SNV", "2027", "2 tỷ (Ngân sách huyện)", ""}};
        Api.Reply checked = secretariat.upload("/api/tasks/import?dryRun=true&document=" + plan, "phu-luc-kinh-phi.xlsx", workbook(bad));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        java.util.List<JsonObject> errors = checked.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("row") + " " + e.getString("column"))
                .containsExactlyInAnyOrder("3 Kinh phí (triệu đồng)", "4 Nguồn kinh phí");
        assertThat(errors.get(0).getString("message")).contains("15 đến 20");
        assertThat(errors.get(1).getString("message")).contains("Ngân sách huyện", "Ngân sách tỉnh (NSDP)");
        assertThat(secretariat.upload("/api/tasks/import?document=" + plan, "phu-luc-kinh-phi.xlsx", workbook(bad)).status()).isEqualTo(400);
        assertThat(secretariat.get("/api/tasks?document=" + plan).json().getInt("total")).as("nothing written").isZero();

        Object[][] good = {
                {"1", "Xây dựng kho dữ liệu dùng chung", "STC", "31/12/2027", 1500.0, "Ngân sách tỉnh"},
                {"2", "Thuê dịch vụ trung tâm điều hành thông minh", "SNV", "2027", "2 tỷ (NSTW)", ""},
                {"3", "Số hóa tài liệu lưu trữ", "SNV", "2027", "", ""}};
        Api.Reply imported = secretariat.upload("/api/tasks/import?document=" + plan, "phu-luc-kinh-phi.xlsx", workbook(good));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().getJsonArray("tasks").getJsonObject(0).getString("funding")).isEqualTo("1,5 tỷ đồng (Ngân sách tỉnh)");
        Map<String, JsonObject> bySource = rows(secretariat, "SOURCE", plan);
        Map<String, Integer> sources = secretariat.get("/api/funding/sources").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(x -> x.getString("code"), x -> x.getInt("id")));
        assertThat(amount(bySource.get(String.valueOf(sources.get("NSDP"))), "planned")).isEqualTo(1_500 * MILLION);
        assertThat(amount(bySource.get(String.valueOf(sources.get("NSTW"))), "planned")).isEqualTo(2 * BILLION);
        JsonObject line = secretariat.get("/api/funding/tasks/" + imported.json().getJsonArray("tasks").getJsonObject(1).getInt("id"))
                .json().getJsonArray("planned").getJsonObject(0);
        assertThat(line.getInt("year")).as("the year the task falls due").isEqualTo(2027);
    }

    private static byte[] workbook(Object[][] rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Phụ lục");
            String[] header = {"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Kinh phí (triệu đồng)", "Nguồn kinh phí"};
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private int task(int plan, String title, String unit, String pillar) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + plan + ",\"code\":\"" + Demo.unique("KP") + "\",\"title\":\""
                + title + "\",\"leadUnitId\":" + Demo.unit(unit) + ",\"pillar\":\"" + pillar + "\",\"deadline\":\"31/12/2027\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private Api.Reply line(String json) {
        Api.Reply reply = secretariat.post("/api/funding/lines", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static void refused(Api.Reply reply, int status, String field, String words) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo(field);
        if (words != null) {
            assertThat(error.getString("message")).contains(words);
        }
    }

    private static Map<String, JsonObject> rows(Api api, String by, int plan) {
        Api.Reply reply = api.get("/api/funding/summary?by=" + by + "&document=" + plan);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("key"), r -> r));
    }

    private static long amount(JsonObject row, String name) {
        return row.getJsonNumber(name).longValue();
    }
}

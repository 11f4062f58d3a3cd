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
    void plannedByAndDisbursedThroughProgressReportsSumsTheSameEveryWayAndUnitsSeeTheirOwn() {
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

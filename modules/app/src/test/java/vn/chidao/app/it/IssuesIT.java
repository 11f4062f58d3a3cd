package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Obstacles and recommendations as a committee works through them: raised in two units' progress reports, each followed
 * on its own, seen by the secretariat in one queue and by each unit for itself, taken up, answered, closed.
 */
class IssuesIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private final Api homeAffairsHead = Api.as("giamdoc.snv@chidao.local");

    @Test
    void obstaclesFromTwoUnitsReachTheQueueAreAnsweredAndClose() {
        int finance = Demo.assign(Demo.unique("KK-"), "Số hóa hồ sơ đất đai", "STC");
        int homeAffairs = Demo.assign(Demo.unique("KK-"), "Chuẩn hóa dữ liệu cán bộ", "SNV");
        assertThat(financeHead.post("/api/tasks/" + finance + "/progress", "{\"text\":\"Đã số hóa 40% hồ sơ.\",\"percent\":40,"
                + "\"obstacles\":[\"Chưa được bố trí kinh phí năm 2026\",\"  \",\"Thiếu 3 máy quét\"],"
                + "\"recommendations\":[\"Đề nghị Sở Tài chính bổ sung dự toán\"]}").status()).isEqualTo(201);
        assertThat(homeAffairsHead.post("/api/tasks/" + homeAffairs + "/progress", "{\"text\":\"Đang rà soát.\",\"percent\":20,"
                + "\"obstacles\":[\"Đường truyền tại các xã vùng sâu chưa ổn định\"]}").status()).isEqualTo(201);

        List<JsonObject> queue = open(secretariat);
        assertThat(queue).filteredOn(i -> i.getInt("task") == finance || i.getInt("task") == homeAffairs)
                .extracting(i -> i.getString("kind") + " " + i.getString("text"))
                .containsExactlyInAnyOrder("OBSTACLE Chưa được bố trí kinh phí năm 2026", "OBSTACLE Thiếu 3 máy quét",
                        "RECOMMENDATION Đề nghị Sở Tài chính bổ sung dự toán", "OBSTACLE Đường truyền tại các xã vùng sâu chưa ổn định");
        assertThat(open(financeHead)).allMatch(i -> i.getInt("unit") == Demo.unit("STC"))
                .anyMatch(i -> i.getString("text").equals("Thiếu 3 máy quét"));
        assertThat(open(homeAffairsHead)).noneMatch(i -> i.getInt("task") == finance);
        assertThat(homeAffairsHead.get("/api/issues?unit=" + Demo.unit("STC")).array()).isEmpty();
        assertThat(homeAffairsHead.get("/api/issues?task=" + finance).status()).isEqualTo(404);

        // the next briefing lists them, by unit
        String briefing = Pdfs.text(briefing());
        assertThat(briefing).contains("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", "Thiếu 3 máy quét",
                "Đường truyền tại các xã vùng sâu chưa ổn định", "V. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");

        JsonObject budget = queue.stream().filter(i -> i.getInt("task") == finance && i.getString("text").startsWith("Chưa được bố trí"))
                .findFirst().orElseThrow();
        String path = "/api/issues/" + budget.getInt("id");
        assertThat(financeHead.post(path + "/handle", "{\"version\":0,\"handler\":\"Tự xử lý\"}").status()).isEqualTo(403);
        JsonObject handled = secretariat.post(path + "/handle", "{\"version\":0,\"handler\":\"Sở Tài chính — Phòng Ngân sách\"}").json();
        assertThat(handled.getString("state")).isEqualTo("IN_HANDLING");
        assertThat(secretariat.post(path + "/answer", "{\"version\":" + handled.getInt("version") + ",\"state\":\"RAISED\","
                + "\"answer\":\"x\"}").status()).isEqualTo(400);
        assertThat(secretariat.post(path + "/answer", "{\"version\":" + handled.getInt("version") + ",\"state\":\"RESOLVED\","
                + "\"answer\":\"  \"}").json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("answer");
        Api.Reply answered = Api.as(Api.COMMITTEE).post(path + "/answer", "{\"version\":" + handled.getInt("version")
                + ",\"state\":\"RESOLVED\",\"answer\":\"UBND tỉnh đã bố trí 1,2 tỷ đồng tại Quyết định bổ sung dự toán.\"}");

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("answeredBy")).isEqualTo(Api.COMMITTEE);
        assertThat(open(secretariat)).noneMatch(i -> i.getInt("id") == budget.getInt("id"));
        assertThat(financeHead.get("/api/issues?task=" + finance).array().getValuesAs(JsonObject.class))
                .anySatisfy(i -> assertThat(i.getString("state") + " " + i.getString("answer", ""))
                        .isEqualTo("RESOLVED UBND tỉnh đã bố trí 1,2 tỷ đồng tại Quyết định bổ sung dự toán."));
        assertThat(secretariat.post(path + "/answer", "{\"version\":" + answered.json().getInt("version")
                + ",\"state\":\"ANSWERED\",\"answer\":\"Lần hai\"}").status()).isEqualTo(409);
        // the next briefing: the item left the open list and stands among the committee's answers since the last briefing
        String next = Pdfs.text(briefing());
        String stillOpen = next.substring(next.indexOf("IV. KHÓ KHĂN"), next.indexOf("(lần báo cáo trước)"));
        String answeredSince = next.substring(next.indexOf("(lần báo cáo trước)"), next.indexOf("V. KẾT QUẢ"));
        assertThat(stillOpen).contains("Thiếu 3 máy quét").doesNotContain("Chưa được bố trí kinh phí năm 2026");
        assertThat(answeredSince).contains("Chưa được bố trí kinh phí năm 2026", "UBND tỉnh đã bố trí 1,2 tỷ đồng")
                .doesNotContain("Thiếu 3 máy quét");

        // each unit's scorecard lists its own items with their answers, and no other unit's
        String financeCard = Pdfs.text(scorecard(financeHead, Demo.unit("STC")));
        assertThat(financeCard).contains("KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ CỦA ĐƠN VỊ", "Thiếu 3 máy quét",
                "UBND tỉnh đã bố trí 1,2 tỷ đồng").doesNotContain("Đường truyền tại các xã vùng sâu chưa ổn định");
        assertThat(Pdfs.text(scorecard(homeAffairsHead, Demo.unit("SNV")))).contains("Đường truyền tại các xã vùng sâu chưa ổn định")
                .doesNotContain("Thiếu 3 máy quét");
    }

    private static byte[] scorecard(Api unitHead, int unit) {
        Api.Reply made = unitHead.post("/api/reports", "{\"kind\":\"SCORECARD\",\"unitId\":" + unit + "}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return unitHead.download("/api/reports/" + made.json().getInt("id") + "/content").body();
    }

    @Test
    void aReportWithTooManyItemsIsRefusedWholeAndWritesNothing() {
        int task = Demo.assign(Demo.unique("KK-"), "Nhiệm vụ nhiều vướng mắc", "STC");
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 21; i++) {
            many.append(i > 1 ? "," : "").append("\"Vướng mắc số ").append(i).append('"');
        }
        Api.Reply refused = financeHead.post("/api/tasks/" + task + "/progress", "{\"text\":\"Báo cáo\",\"percent\":10,\"obstacles\":["
                + many + "]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("obstacles");
        assertThat(financeHead.get("/api/tasks/" + task + "/progress").array()).isEmpty();
        assertThat(financeHead.get("/api/issues?task=" + task).array()).isEmpty();
    }

    /** A briefing of KH 382 (the tasks here belong to it), as a PDF. */
    private byte[] briefing() {
        Api.Reply made = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + Demo.document("382/KH-UBND") + "}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return secretariat.download("/api/reports/" + made.json().getInt("id") + "/content").body();
    }

    private static List<JsonObject> open(Api api) {
        Api.Reply reply = api.get("/api/issues?open=true");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }
}

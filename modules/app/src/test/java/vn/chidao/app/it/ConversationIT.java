package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The conversation around a task as the people of a province hold it: the lead unit asks, the secretariat answers, a
 * committee member gives a direction that stands out; each reaches the others' inboxes and not the writer's; another
 * unit neither reads nor writes; markup stays text; the task sheet keeps it all.
 */
class ConversationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private final Api committee = Api.as(Api.COMMITTEE);

    @Test
    void aQuestionAnAnswerAndADirectionReachThoseConcernedAndOnlyThem() throws Exception {
        String code = Demo.unique("TD-");
        Api.Reply assigned = secretariat.post("/api/tasks", "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\"" + code
                + "\",\"title\":\"Triển khai nền tảng họp trực tuyến cấp xã\",\"leadUnitId\":" + Demo.unit("STC")
                + ",\"cooperatingUnitIds\":[" + Demo.unit("SNV") + "],\"deadline\":\"31/12/2027\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        int task = assigned.json().getInt("id");

        Api.Reply question = financeHead.post("/api/tasks/" + task + "/comments",
                "{\"kind\":\"QUESTION\",\"text\":\"Kinh phí thuê đường truyền do đơn vị nào bố trí? <script>alert(1)</script>\"}");
        assertThat(question.status()).as(question.toString()).isEqualTo(201);
        assertThat(secretariat.post("/api/tasks/" + task + "/comments", "{\"kind\":\"COMMENT\",\"text\":\"Sở Tài chính tham mưu bố trí trong dự toán 2027.\"}")
                .status()).isEqualTo(201);
        assertThat(committee.post("/api/tasks/" + task + "/comments", "{\"kind\":\"DIRECTION\",\"text\":\"Hoàn thành thí điểm tại 10 xã trước 30/6/2027.\"}")
                .status()).isEqualTo(201);

        // who may write what
        assertThat(committee.post("/api/tasks/" + task + "/comments", "{\"kind\":\"COMMENT\",\"text\":\"x\"}").status())
                .as("a committee member directs, does not chat").isEqualTo(403);
        assertThat(financeHead.post("/api/tasks/" + task + "/comments", "{\"kind\":\"DIRECTION\",\"text\":\"x\"}").status())
                .as("a unit does not give directions").isEqualTo(403);
        Api.Reply blank = financeHead.post("/api/tasks/" + task + "/comments", "{\"kind\":\"COMMENT\",\"text\":\"   \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        Api stranger = Api.as("truongphong.ca@chidao.local");
        assertThat(stranger.get("/api/tasks/" + task + "/comments").status()).as("another unit's task does not exist for it").isEqualTo(404);
        assertThat(stranger.post("/api/tasks/" + task + "/comments", "{\"kind\":\"COMMENT\",\"text\":\"x\"}").status()).isEqualTo(404);

        List<JsonObject> lines = Api.as("giamdoc.snv@chidao.local").get("/api/tasks/" + task + "/comments").array().getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("kind")).containsExactly("QUESTION", "COMMENT", "DIRECTION");
        assertThat(lines.get(0).getString("text")).contains("<script>").as("kept as written, escaped where shown");

        // each reaches the others' inboxes: the direction to the lead and the cooperating unit, the question to the secretariat
        await("the direction in the lead unit's inbox").atMost(PATIENCE).until(() -> inbox(financeHead, "Ý kiến chỉ đạo: " + code));
        await("the direction in the cooperating unit's inbox").atMost(PATIENCE)
                .until(() -> inbox(Api.as("giamdoc.snv@chidao.local"), "Ý kiến chỉ đạo: " + code));
        await("the question in the secretariat's inbox").atMost(PATIENCE).until(() -> inbox(secretariat, "Trao đổi về nhiệm vụ: " + code));
        assertThat(inbox(stranger, code)).isFalse();
        assertThat(financeHead.get("/api/inbox").array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("subject").startsWith("[Chỉ Đạo] Trao đổi về nhiệm vụ: " + code)).count())
                .as("the secretariat's answer, not the unit's own question").isEqualTo(1);

        // the page shows it, the direction standing out and the markup as text; the task sheet keeps it
        try (Browser page = Browser.signedInAs(Api.FINANCE_HEAD)) {
            page.open("/task.xhtml?id=" + task);
            assertThat(page.all(By.cssSelector("#comments li"))).hasSize(3);
            assertThat(page.text(By.cssSelector("#comments li.comment-DIRECTION"))).contains("Hoàn thành thí điểm tại 10 xã");
            assertThat(page.pageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            page.type(By.id("conversation:text"), "Đơn vị đã làm việc với VNPT về đường truyền.");
            page.clickAndWaitForPage(By.id("conversation:send"));
            assertThat(page.all(By.cssSelector("#comments li"))).hasSize(4);
        }
        Api.Reply sheet = financeHead.post("/api/reports", "{\"kind\":\"TASK_SHEET\",\"taskId\":" + task + "}");
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(201);
        assertThat(Pdfs.text(financeHead.download("/api/reports/" + sheet.json().getInt("id") + "/content").body()).replaceAll("\\s+", " "))
                .contains("III. TRAO ĐỔI, Ý KIẾN CHỈ ĐẠO", "Có 4 lượt trao đổi, trong đó 1 ý kiến chỉ đạo",
                        "Ý kiến chỉ đạo: Hoàn thành thí điểm tại 10 xã trước 30/6/2027.");
    }

    private static boolean inbox(Api api, String subject) {
        return api.get("/api/inbox").array().getValuesAs(JsonObject.class).stream().anyMatch(n -> n.getString("subject").contains(subject));
    }
}

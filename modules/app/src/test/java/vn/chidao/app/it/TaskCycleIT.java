package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The follow-up cycle through the REST API, as the secretariat, unit heads and committee members
 * do it — and the rules that keep each unit to its own tasks.
 */
class TaskCycleIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");


    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private final Api homeAffairsHead = Api.as("giamdoc.snv@chidao.local");
    private final Api policeHead = Api.as("truongphong.ca@chidao.local");

    @Test
    void theWholeCycleFromDocumentToAcceptedCompletion() {
        // the secretariat records a document with a target, and assigns a task
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("KH-")
                + "/KH-UBND\",\"issueDate\":\"" + TODAY.minusDays(10) + "\",\"issuingBody\":\"UBND tỉnh Bình Phước\","
                + "\"summary\":\"Kế hoạch thử nghiệm chuyển đổi số\",\"periodFrom\":2026,\"periodTo\":2026}");
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        int documentId = document.json().getInt("id");
        Api.Reply target = secretariat.post("/api/documents/" + documentId + "/targets", "{\"pillar\":\"DIGITAL_ECONOMY\","
                + "\"name\":\"Tỷ trọng kinh tế số trong GRDP\",\"unitOfMeasure\":\"%\",\"baseline\":10,\"baselineDate\":\""
                + TODAY.minusDays(10) + "\",\"targetValue\":20,\"targetDate\":\"" + TODAY.plusDays(355) + "\","
                + "\"direction\":\"HIGHER_IS_BETTER\"}");
        assertThat(target.status()).as(target.toString()).isEqualTo(201);
        Api.Reply measured = secretariat.post("/api/targets/" + target.json().getInt("id") + "/measurements",
                "{\"value\":11,\"asOf\":\"" + TODAY + "\",\"source\":\"Cục Thống kê\"}");
        assertThat(measured.status()).isEqualTo(201);
        assertThat(secretariat.get("/api/targets/" + target.json().getInt("id")).json().getString("standing")).isEqualTo("ON_TRACK");
        assertThat(secretariat.get("/api/documents/" + documentId + "/history").array().getValuesAs(JsonObject.class))
                .singleElement().satisfies(c -> assertThat(c.getString("kind") + " " + c.getString("actor"))
                        .isEqualTo("CREATED " + Api.SECRETARIAT));
        assertThat(Api.as(Api.COMMITTEE).get("/api/targets/" + target.json().getInt("id") + "/history").array()).hasSize(1);

        JsonObject task = assign(documentId, "1", "Số hóa hồ sơ thủ tục hành chính", "STC", List.of("SNV"),
                TODAY.plusDays(30).format(DMY));
        int id = task.getInt("id");
        assertThat(task.getString("status")).isEqualTo("NOT_STARTED");

        // the lead unit reports progress, and asks for more time
        Api.Reply report = financeHead.post("/api/tasks/" + id + "/progress",
                "{\"text\":\"Đã hoàn thành 40% khối lượng số hóa.\",\"percent\":40}");
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(financeHead.get("/api/tasks/" + id).json().getString("status")).isEqualTo("IN_PROGRESS_ON_TIME");
        Api.Reply extension = financeHead.post("/api/tasks/" + id + "/extensions",
                "{\"requestedDueDate\":\"" + TODAY.plusDays(60) + "\",\"reason\":\"Chờ kinh phí số hóa.\"}");
        assertThat(extension.status()).as(extension.toString()).isEqualTo(201);
        assertThat(financeHead.post("/api/tasks/" + id + "/extensions",
                "{\"requestedDueDate\":\"" + TODAY.plusDays(90) + "\",\"reason\":\"Lần nữa.\"}").status()).isEqualTo(409);

        // the secretariat finds it in its queue and approves it
        int extensionId = extension.json().getInt("id");
        assertThat(secretariat.get("/api/extensions").array().getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getInt("id") == extensionId);
        Api.Reply approved = secretariat.post("/api/extensions/" + extensionId + "/approve",
                "{\"version\":" + extension.json().getInt("version") + ",\"note\":\"Đồng ý.\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        JsonObject extended = financeHead.get("/api/tasks/" + id).json();
        assertThat(extended.getString("dueDate")).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(extended.getString("originalDueDate")).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(extended.getInt("extensionCount")).isEqualTo(1);

        // the unit proposes completion; the secretariat accepts it
        assertThat(financeHead.post("/api/tasks/" + id + "/progress",
                "{\"text\":\"Đã hoàn thành, đề nghị công nhận.\",\"percent\":100,\"proposesCompletion\":true}").status())
                .isEqualTo(201);
        JsonObject proposed = secretariat.get("/api/tasks/" + id).json();
        assertThat(proposed.getString("state")).isEqualTo("COMPLETION_PROPOSED");
        Api.Reply accepted = secretariat.post("/api/tasks/" + id + "/completion/accept",
                "{\"version\":" + proposed.getInt("version") + "}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("DONE_ON_TIME");
        assertThat(secretariat.get("/api/tasks/" + id + "/progress").array()).hasSize(2);
        assertThat(secretariat.get("/api/tasks?document=" + documentId + "&status=DONE_ON_TIME").json().getInt("total"))
                .isEqualTo(1);
        assertThat(financeHead.post("/api/tasks/" + id + "/extensions",
                "{\"requestedDueDate\":\"" + TODAY.plusDays(90) + "\",\"reason\":\"Sau khi xong.\"}").status()).isEqualTo(409);
        // and the timeline tells who did what, in order, in sentences with names: a request does not move the deadline,
        // the approval does; what only follows from a report (the percent, the state) is not told twice
        List<JsonObject> timeline = financeHead.get("/api/tasks/" + id + "/timeline").array().getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(e -> e.getString("kind") + " " + e.getString("actor")).containsExactly(
                "ASSIGNED " + Api.SECRETARIAT, "PROGRESS_REPORTED " + Api.FINANCE_HEAD, "EXTENSION_REQUESTED " + Api.FINANCE_HEAD,
                "EXTENSION_APPROVED " + Api.SECRETARIAT, "PROGRESS_REPORTED " + Api.FINANCE_HEAD, "COMPLETION_ACCEPTED " + Api.SECRETARIAT);
        assertThat(timeline).extracting(e -> e.getString("sentence")).containsExactly(
                "Giao Sở Tài chính chủ trì, Sở Nội vụ phối hợp thực hiện, thời hạn: " + TODAY.plusDays(30).format(DMY) + ".",
                "Sở Tài chính báo cáo tiến độ 40%.",
                "Sở Tài chính đề nghị gia hạn từ " + TODAY.plusDays(30).format(DMY) + " đến " + TODAY.plusDays(60).format(DMY)
                        + " (đã được đồng ý).",
                "Đồng ý gia hạn từ " + TODAY.plusDays(30).format(DMY) + " đến " + TODAY.plusDays(60).format(DMY) + ".",
                "Sở Tài chính báo cáo đã hoàn thành (100%), đề nghị công nhận hoàn thành.",
                "Công nhận hoàn thành nhiệm vụ.");
        assertThat(timeline.get(3).toString())
                .contains("\"field\":\"dueDate\"", "\"before\":\"" + TODAY.plusDays(30), "\"after\":\"" + TODAY.plusDays(60));
        assertThat(timeline.get(2).toString()).doesNotContain("\"dueDate\"");
        assertThat(financeHead.inEnglish().get("/api/tasks/" + id + "/timeline").array().getValuesAs(JsonObject.class).get(1)
                .getString("sentence")).isEqualTo("Sở Tài chính reported progress of 40%.");
        assertThat(policeHead.get("/api/tasks/" + id + "/timeline").status()).isEqualTo(404);
    }

    @Test
    void aUnitUserGetsNotFoundForAnotherUnitsTask() {
        int id = assign(Demo.document("382/KH-UBND"), Demo.unique("N"), "Nhiệm vụ riêng của Sở Tài chính", "STC",
                List.of(), TODAY.plusDays(20).format(DMY)).getInt("id");
        Api.Reply missing = policeHead.get("/api/tasks/987654321");

        for (Api.Reply reply : List.of(policeHead.get("/api/tasks/" + id), policeHead.get("/api/tasks/" + id + "/progress"),
                policeHead.get("/api/tasks/" + id + "/extensions"),
                policeHead.post("/api/tasks/" + id + "/progress", "{\"text\":\"x\",\"percent\":10}"),
                policeHead.post("/api/tasks/" + id + "/extensions", "{\"requestedDueDate\":\"" + TODAY.plusDays(40)
                        + "\",\"reason\":\"x\"}"))) {
            assertThat(reply.status()).isEqualTo(404);
        }
        assertThat(policeHead.get("/api/tasks/" + id).json().getString("message").replace(Integer.toString(id), "N"))
                .isEqualTo(missing.json().getString("message").replace("987654321", "N"));
        assertThat(codes(policeHead.get("/api/tasks?limit=500"))).doesNotContain(id);
        assertThat(policeHead.get("/api/tasks/counts").array().getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getInt("unit") == Demo.unit("STC"));
        assertThat(financeHead.get("/api/tasks/" + id).status()).isEqualTo(200);
    }

    @Test
    void evidenceIsKeptSafelyAndServedOnlyToThoseWhoSeeTheTask() throws Exception {
        int id = assign(Demo.document("382/KH-UBND"), Demo.unique("E"), "Nhiệm vụ có minh chứng", "STC", List.of(),
                TODAY.plusDays(20).format(DMY)).getInt("id");
        int progress = financeHead.post("/api/tasks/" + id + "/progress", "{\"text\":\"Đã ban hành văn bản.\",\"percent\":50}")
                .json().getInt("id");
        byte[] pdf = "%PDF-1.4\n% Báo cáo minh chứng\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply stored = financeHead.upload("/api/tasks/" + id + "/evidence", "Báo cáo tiến độ quý IV.pdf", pdf,
                "progressId", Integer.toString(progress));

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().getString("sha256")).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        String file = "/api/tasks/" + id + "/evidence/" + stored.json().getInt("id");
        var download = financeHead.download(file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");
        assertThat(Api.as(Api.COMMITTEE).download(file).statusCode()).isEqualTo(200);
        assertThat(policeHead.download(file).statusCode()).isEqualTo(404);
        assertThat(policeHead.get("/api/tasks/" + id + "/evidence").status()).isEqualTo(404);

        // refused: a page renamed .pdf, a program, an empty file, a file over the limit
        Api.Reply disguised = financeHead.upload("/api/tasks/" + id + "/evidence", "bao-cao.pdf",
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "progressId", Integer.toString(progress));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("không thuộc loại được chấp nhận");
        assertThat(financeHead.upload("/api/tasks/" + id + "/evidence", "setup.exe", new byte[] {'M', 'Z', 0, 0},
                "progressId", Integer.toString(progress)).status()).isEqualTo(400);
        assertThat(financeHead.upload("/api/tasks/" + id + "/evidence", "rong.pdf", new byte[0],
                "progressId", Integer.toString(progress)).status()).isEqualTo(400);
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        Api.Reply tooLarge = financeHead.upload("/api/tasks/" + id + "/evidence", "lon.pdf", huge, "progressId", Integer.toString(progress));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("20 MB");
        assertThat(homeAffairsHead.upload("/api/tasks/" + id + "/evidence", "x.pdf", pdf, "progressId", Integer.toString(progress))
                .status()).isEqualTo(404);
        assertThat(financeHead.get("/api/tasks/" + id + "/evidence").array()).hasSize(1);

        // a scan just under the limit is kept whole (the database's packet holds it: MariaDB's default 16 MB would not)
        byte[] scan = java.util.Arrays.copyOf(huge, 19 * 1024 * 1024);
        Api.Reply large = financeHead.upload("/api/tasks/" + id + "/evidence", "ban-quet.pdf", scan, "progressId", Integer.toString(progress));
        assertThat(large.status()).as(large.toString()).isEqualTo(201);
        assertThat(financeHead.download("/api/tasks/" + id + "/evidence/" + large.json().getInt("id")).body()).hasSize(scan.length);
        assertThat(financeHead.get("/api/tasks/" + id + "/evidence").array()).hasSize(2);
    }

    @Test
    void aCooperatingUnitSeesTheTaskAndReportsOnItsOwnPartOnly() {
        int id = assign(Demo.document("382/KH-UBND"), Demo.unique("P"), "Phối hợp cải cách hành chính", "STC",
                List.of("SNV"), TODAY.plusDays(20).format(DMY)).getInt("id");

        assertThat(homeAffairsHead.get("/api/tasks/" + id).status()).isEqualTo(200);
        int snv = Demo.unit("SNV");
        Api.Reply tooLate = secretariat.patch("/api/tasks/" + id, "{\"version\":0,\"cooperatingDeadlines\":[{\"unitId\":" + snv
                + ",\"subDueDate\":\"" + TODAY.plusDays(30) + "\"}]}");
        assertThat(tooLate.status()).isEqualTo(400);
        Api.Reply partDue = secretariat.patch("/api/tasks/" + id, "{\"version\":0,\"cooperatingDeadlines\":[{\"unitId\":" + snv
                + ",\"subDueDate\":\"" + TODAY.plusDays(10) + "\"}]}");
        assertThat(partDue.status()).as(partDue.toString()).isEqualTo(200);
        assertThat(partDue.json().getJsonArray("cooperation").getJsonObject(0).getString("subDueDate"))
                .isEqualTo(TODAY.plusDays(10).toString());
        assertThat(homeAffairsHead.post("/api/tasks/" + id + "/progress", "{\"text\":\"Phần việc của Sở Nội vụ xong.\","
                + "\"percent\":100}").status()).isEqualTo(201);
        JsonObject task = homeAffairsHead.get("/api/tasks/" + id).json();
        assertThat(task.getInt("percent")).isZero();
        assertThat(task.getJsonArray("cooperation").getJsonObject(0).getInt("percent")).isEqualTo(100);
        assertThat(homeAffairsHead.post("/api/tasks/" + id + "/progress", "{\"text\":\"Đề nghị hoàn thành\",\"percent\":100,"
                + "\"proposesCompletion\":true}").status()).isEqualTo(403);
        assertThat(homeAffairsHead.post("/api/tasks/" + id + "/extensions", "{\"requestedDueDate\":\"" + TODAY.plusDays(40)
                + "\",\"reason\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void unitsCannotChangeFieldsTheyDoNotOwnAndNothingChanges() {
        JsonObject task = assign(Demo.document("382/KH-UBND"), Demo.unique("F"), "Tiêu đề gốc", "STC", List.of(),
                TODAY.plusDays(20).format(DMY));
        String id = Integer.toString(task.getInt("id"));

        assertThat(financeHead.patch("/api/tasks/" + id, "{\"version\":0,\"title\":\"Đổi tiêu đề\"}").status()).isEqualTo(403);
        assertThat(financeHead.patch("/api/tasks/" + id, "{\"version\":0,\"deadline\":\"31/12/2030\"}").status()).isEqualTo(403);
        Api.Reply deadline = secretariat.patch("/api/tasks/" + id, "{\"version\":0,\"deadline\":\"31/12/2030\"}");
        assertThat(deadline.status()).isEqualTo(422);
        assertThat(secretariat.patch("/api/tasks/" + id, "{\"version\":0,\"code\":\"X\"}").status()).isEqualTo(422);
        JsonObject after = secretariat.get("/api/tasks/" + id).json();
        assertThat(after.getString("title")).isEqualTo("Tiêu đề gốc");
        assertThat(after.getString("dueDate")).isEqualTo(task.getString("dueDate"));
        assertThat(after.getInt("version")).isZero();
    }

    @Test
    void aStaleWriteAnswers409AndLosesNothing() {
        String id = Integer.toString(assign(Demo.document("382/KH-UBND"), Demo.unique("S"), "Bản đầu", "STC", List.of(),
                TODAY.plusDays(20).format(DMY)).getInt("id"));

        Api.Reply first = secretariat.patch("/api/tasks/" + id, "{\"version\":0,\"title\":\"Bản sửa của người thứ nhất\"}");
        Api.Reply second = secretariat.patch("/api/tasks/" + id, "{\"version\":0,\"title\":\"Bản sửa của người thứ hai\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(secretariat.get("/api/tasks/" + id).json().getString("title")).isEqualTo("Bản sửa của người thứ nhất");
    }

    @Test
    void badInputGetsAClearMessageAndWritesNothing() {
        int kh382 = Demo.document("382/KH-UBND");
        String code = Demo.unique("B");
        int lead = Demo.unit("STC");

        Api.Reply missing = secretariat.post("/api/tasks", "{\"documentId\":" + kh382 + ",\"code\":\"" + code + "\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("title", "leadUnitId", "deadline");

        assertThat(message(secretariat.post("/api/tasks", body(kh382, code, lead, "[" + lead + "]", "31/12/2025"))))
                .isEqualTo("Đơn vị phối hợp không được trùng với đơn vị chủ trì.");
        assertThat(message(secretariat.post("/api/tasks", body(kh382, code, lead, "[]", "01/12/2024"))))
                .isEqualTo("Thời hạn không được trước ngày ban hành văn bản (31/12/2024).");
        assertThat(message(secretariat.post("/api/tasks", body(kh382, code, 987654, "[]", "31/12/2025"))))
                .isEqualTo("Không tìm thấy đơn vị có mã số 987654.");
        assertThat(message(secretariat.post("/api/tasks", body(kh382, code, lead, "[]", "khi nào xong"))))
                .startsWith("Không hiểu thời hạn \"khi nào xong\"");
        assertThat(Api.as(Api.SECRETARIAT).inEnglish().post("/api/tasks", body(kh382, code, Demo.unit("STTTT"), "[]", "31/12/2025"))
                .json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Sở TT&TT no longer exists; assign its successor.");
        assertThat(secretariat.get("/api/tasks?document=" + kh382 + "&limit=500").body()).doesNotContain(code);

        int id = assign(kh382, code, "Kiểm tra dữ liệu sai", "STC", List.of(), TODAY.plusDays(5).format(DMY)).getInt("id");
        assertThat(financeHead.post("/api/tasks/" + id + "/progress", "{\"text\":\"x\",\"percent\":150}").status()).isEqualTo(400);
        assertThat(financeHead.post("/api/tasks/" + id + "/progress", "{\"text\":\"x\",\"percent\":10,\"reportedOn\":\""
                + TODAY.plusDays(1) + "\"}").status()).isEqualTo(400);
        assertThat(secretariat.get("/api/tasks/" + id + "/progress").array()).isEmpty();
    }

    @Test
    void committeeMembersReadEverythingAndChangeNothing() {
        Api committee = Api.as(Api.COMMITTEE);
        JsonObject task = assign(Demo.document("382/KH-UBND"), Demo.unique("C"), "Nhiệm vụ để Ban Chỉ đạo theo dõi", "STC",
                List.of(), TODAY.plusDays(20).format(DMY));
        String id = Integer.toString(task.getInt("id"));

        assertThat(committee.get("/api/tasks/" + id).status()).isEqualTo(200);
        assertThat(committee.post("/api/tasks/" + id + "/progress", "{\"text\":\"x\",\"percent\":10}").status()).isEqualTo(403);
        assertThat(committee.post("/api/tasks/" + id + "/cancel", "{\"version\":0,\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(committee.post("/api/tasks", body(Demo.document("382/KH-UBND"), Demo.unique("C"), Demo.unit("STC"), "[]",
                "31/12/2026")).status()).isEqualTo(403);
    }

    @Test
    void theOverdueListPutsTheLongestOverdueFirst() {
        List<JsonObject> overdue = secretariat.get("/api/tasks/overdue").array().getValuesAs(JsonObject.class);

        assertThat(overdue).isNotEmpty();
        assertThat(overdue).extracting(o -> o.getInt("daysOverdue")).isSortedAccordingTo((a, b) -> b - a);
        assertThat(overdue).anyMatch(o -> o.getString("title").contains("huyện Bù Đăng"));
        // the district committee's open task went to the commune that took its seat when the district level ended
        int budang = Demo.unit("XA-BUDANG");
        assertThat(secretariat.get("/api/tasks/overdue?unit=" + budang).array().getValuesAs(JsonObject.class))
                .allMatch(o -> o.getInt("leadUnit") == budang).isNotEmpty();
        assertThat(financeHead.get("/api/tasks/overdue").array().getValuesAs(JsonObject.class))
                .noneMatch(o -> o.getInt("leadUnit") == budang);
    }

    @Test
    void aMergedUnitsOpenTasksMoveToItsSuccessorAndHistoryKeepsTheOriginal() {
        Api admin = Api.as(Api.ADMIN);
        int merged = admin.post("/api/units", "{\"code\":\"" + Demo.unique("M-") + "\",\"name\":\"Ban Quản lý thử\","
                + "\"kind\":\"PROVINCIAL_DEPARTMENT\"}").json().getInt("id");
        int successor = Demo.unit("SKHCN");
        JsonObject task = secretariat.post("/api/tasks", body(Demo.document("382/KH-UBND"), Demo.unique("R"), merged, "[]",
                TODAY.plusDays(20).format(DMY))).json();

        assertThat(admin.post("/api/units/" + merged + "/merge", "{\"successorId\":" + successor + ",\"effective\":\""
                + TODAY + "\"}").status()).isEqualTo(200);

        JsonObject moved = secretariat.get("/api/tasks/" + task.getInt("id")).json();
        assertThat(moved.getInt("leadUnit")).isEqualTo(successor);
        assertThat(moved.getInt("originalLeadUnit")).isEqualTo(merged);
    }

    private JsonObject assign(int document, String code, String title, String lead, List<String> cooperating, String deadline) {
        String coop = cooperating.stream().map(c -> Integer.toString(Demo.unit(c))).reduce((a, b) -> a + "," + b).orElse("");
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + document + ",\"code\":\"" + code + "\",\"title\":\""
                + title + "\",\"leadUnitId\":" + Demo.unit(lead) + ",\"cooperatingUnitIds\":[" + coop + "],\"deadline\":\""
                + deadline + "\",\"pillar\":\"DIGITAL_GOVERNMENT\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static String body(int document, String code, int lead, String cooperating, String deadline) {
        return "{\"documentId\":" + document + ",\"code\":\"" + code + "\",\"title\":\"Nhiệm vụ\",\"leadUnitId\":" + lead
                + ",\"cooperatingUnitIds\":" + cooperating + ",\"deadline\":\"" + deadline + "\"}";
    }

    private static String message(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static List<Integer> codes(Api.Reply reply) {
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(t -> t.getInt("id")).toList();
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * A refused request is the user's mistake, not the server's: it answers 4xx and leaves no incident (FFDC)
 * file in the server's log folder, wherever in the call the refusal happened and however deep the
 * transactions were nested. (A real failure still writes one: InsideServerIT's read-only snapshot.)
 */
class RefusalsIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void sqlInTextAndParametersIsDataNeverAQuery() {
        String title = "Rà soát'); DROP TABLE task_task; -- và ' OR '1'='1";
        int task = Demo.assign(Demo.unique("SQ-"), title, "STC");

        assertThat(secretariat.get("/api/tasks/" + task).json().getString("title")).isEqualTo(title);
        assertThat(secretariat.get("/api/tasks?limit=5").status()).isEqualTo(200);
        Api.Reply unit = secretariat.get("/api/tasks?unit=1%20OR%201=1");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("unit");
        assertThat(Api.as(Api.ADMIN).get("/api/audit?who=%27%20OR%20%271%27=%271").array()).isEmpty();
        assertThat(Api.as("' OR '1'='1", "' OR '1'='1").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aFieldTheRequestCannotSetIsRefusedByNameNotIgnored() {
        int task = Demo.assign(Demo.unique("RO-"), "Nhiệm vụ có trường chỉ đọc", "STC");
        JsonObject before = secretariat.get("/api/tasks/" + task).json();

        Api.Reply state = secretariat.patch("/api/tasks/" + task, "{\"version\":0,\"title\":\"Tên mới\",\"state\":\"COMPLETED\"}");

        assertThat(state.status()).as(state.toString()).isEqualTo(422);
        assertThat(state.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("state");
        assertThat(state.json().getString("message")).contains("\"state\"", "chỉ đọc");
        assertThat(secretariat.get("/api/tasks/" + task).json()).isEqualTo(before);
        Api.Reply id = Api.as(Api.FINANCE_HEAD).post("/api/tasks/" + task + "/progress", "{\"text\":\"Báo cáo\",\"percent\":10,\"id\":5}");
        assertThat(id.status()).isEqualTo(422);
        assertThat(id.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("id");
        assertThat(secretariat.get("/api/tasks/" + task + "/progress").array()).isEmpty();
        Api.Reply misspelt = secretariat.inEnglish().patch("/api/tasks/" + task, "{\"version\":0,\"originalDueDate\":\"2030-01-01\"}");
        assertThat(misspelt.status()).isEqualTo(422);
        assertThat(misspelt.json().getString("message")).contains("\"originalDueDate\"", "read-only");
    }

    @Test
    void refusalsOfEveryKindAnswerTheirStatusAndWriteNoIncident() {
        int task = Demo.assign(Demo.unique("RF-"), "Nhiệm vụ để thử từ chối", "STC");

        assertThat(secretariat.get("/api/tasks/987654321").status()).isEqualTo(404);
        assertThat(Api.as("giamdoc.snv@chidao.local").get("/api/tasks/" + task).status()).as("another unit's task").isEqualTo(404);
        assertThat(Api.as("giamdoc.snv@chidao.local").get("/api/tasks/" + task + "/evidence/1").status()).isEqualTo(404);
        assertThat(secretariat.post("/api/tasks/" + task + "/completion/accept", "{\"version\":987}").status()).isIn(409, 422);
        assertThat(secretariat.patch("/api/tasks/" + task, "{\"version\":987,\"title\":\"Tên mới\"}").status()).isEqualTo(409);
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/tasks/" + task + "/progress", "{\"text\":\"Quá mức\",\"percent\":300}").status())
                .isEqualTo(400);
        assertThat(Api.as(Api.COMMITTEE).post("/api/tasks/" + task + "/suspend", "{\"version\":0,\"reason\":\"Thử\"}").status())
                .isEqualTo(403);

        assertThat(incidents()).as("incident files that name a refusal")
                .noneMatch(text -> text.contains("RuleViolation") || text.contains("CarriedRefusal")
                        || text.contains("TransactionalException"));
    }

    /** Mistakes that used to answer 500: an empty preferences body, the same task created five times at once. */
    @Test
    void clientMistakesThatOnceAnswered500AnswerTheirOwnStatus() throws Exception {
        Api.Reply empty = Api.as(Api.FINANCE_HEAD).put("/api/inbox/preferences", "{}");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);

        String code = Demo.unique("DUP-");
        String body = "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\"" + code + "\",\"title\":\"Gửi hai lần\","
                + "\"leadUnitId\":" + Demo.unit("STC") + ",\"deadline\":\"31/12/2027\"}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(pool.submit(() -> Api.as(Api.SECRETARIAT).post("/api/tasks", body).status()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("one created, the others refused as duplicates").containsOnlyOnce(201)
                    .allMatch(status -> status == 201 || status == 400 || status == 409);
        } finally {
            pool.shutdown();
        }
    }

    /** A query parameter that is not what it should be is the caller's mistake (400 naming it), not a missing page. */
    @Test
    void anUnreadableQueryParameterIsA400NamingIt() {
        Api.Reply unit = secretariat.get("/api/tasks?unit=x");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("unit");
        assertThat(unit.json().getString("message")).isEqualTo("Tham số unit phải là một số nguyên, không phải \"x\".");
        Api.Reply day = secretariat.get("/api/tasks/counts?asOf=30/06/2025");
        assertThat(day.status()).isEqualTo(400);
        assertThat(day.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("asOf");
    }

    /** A progress report sent twice with the same Idempotency-Key (a phone retrying) is one report, answered the same twice. */
    @Test
    void aReportSentTwiceWithTheSameKeyIsMadeOnce() {
        int task = Demo.assign(Demo.unique("ID-"), "Nhiệm vụ để thử gửi lại", "STC");
        Api head = Api.as(Api.FINANCE_HEAD);
        String report = "{\"text\":\"Đã triển khai bước một\",\"percent\":30}";
        String key = java.util.UUID.randomUUID().toString();
        Api.Reply first = head.postWith("/api/tasks/" + task + "/progress", report, "Idempotency-Key", key);
        Api.Reply again = head.postWith("/api/tasks/" + task + "/progress", report, "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(head.get("/api/tasks/" + task + "/progress").array()).hasSize(1);

        assertThat(head.postWith("/api/tasks/" + task + "/progress", report, "Idempotency-Key", key + "-2").status()).isEqualTo(201);
        assertThat(head.get("/api/tasks/" + task + "/progress").array()).as("another key is another report").hasSize(2);
        // the same key from someone else is their own request
        assertThat(Api.as(Api.SECRETARIAT).postWith("/api/tasks/" + task + "/progress", report, "Idempotency-Key", key)
                .header("Idempotent-Replayed")).isNull();
    }

    /** A 2 MB title (the probe sent 20 MB) is refused from its declared length, before anything parses it. */
    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        Api.Reply huge = secretariat.post("/api/tasks", "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().getString("message")).isEqualTo("Nội dung gửi lên quá lớn (tối đa 1 MB).");
    }

    /** The text of every FFDC incident file the tests' server has written so far. */
    private static List<String> incidents() {
        Path folder = Path.of(System.getProperty("chidao.server.logs", "target/liberty/wlp/usr/servers/chidao-it/logs"), "ffdc");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ffdc_")).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A refused request is the user's mistake, not the server's: it answers 4xx and leaves no incident (FFDC)
 * file in the server's log folder, wherever in the call the refusal happened and however deep the
 * transactions were nested. (A real failure still writes one: InsideServerIT's read-only snapshot.)
 */
class RefusalsIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

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

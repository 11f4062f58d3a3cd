package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.JsonObject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence files are scanned by the real ClamAV daemon the build starts (its database one signature: the EICAR test file's
 * body) and archives are looked into before anything is stored: malware behind a PDF header or inside a ZIP, a ZIP bomb,
 * a zip-slip entry and archives nested too deep are refused with a message naming the file, nothing is kept, the audit log
 * records the refusal; clean files, Office documents included, are kept.
 */
class EvidenceScanIT {

    /** The EICAR anti-virus test file, spelled in hex so that no scanner flags this source. */
    private static final byte[] EICAR = HexFormat.of().parseHex("58354f2150254041505b345c505a58353428505e2937434329377d2445494341"
            + "522d5354414e444152442d414e544956495255532d544553542d46494c452124482b482a");

    private final Api financeHead = Api.as(Api.FINANCE_HEAD);
    private int task;
    private String progress;

    @BeforeEach
    void aTaskWithAProgressReport() {
        task = Demo.assign(Demo.unique("AV-"), "Nhiệm vụ có minh chứng cần quét virus", "STC");
        progress = Integer.toString(financeHead.post("/api/tasks/" + task + "/progress", "{\"text\":\"Đã triển khai.\",\"percent\":30}")
                .json().getInt("id"));
    }

    @Test
    void malwareIsRefusedBehindAPdfHeaderAndInsideAZipAndTheRefusalIsAudited() throws IOException {
        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), EICAR);

        Api.Reply infected = upload("bao-cao-quy.pdf", pdf);

        assertThat(infected.status()).as(infected.toString()).isEqualTo(400);
        JsonObject error = infected.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("file");
        assertThat(error.getString("message")).contains("bao-cao-quy.pdf", "mã độc", "Eicar-Body-Test");
        assertThat(upload("ho-so.zip", zip("tai-lieu/huong-dan.txt", EICAR)).json().getJsonArray("errors").getJsonObject(0)
                .getString("message")).contains("mã độc");
        assertThat(financeHead.get("/api/tasks/" + task + "/evidence").array()).isEmpty();
        assertThat(Api.as(Api.ADMIN).get("/api/audit?who=" + Api.FINANCE_HEAD + "&action=UPLOAD_REFUSED").array()
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("subject")).contains("bao-cao-quy.pdf", "ho-so.zip");
    }

    @Test
    void cleanFilesAndOfficeDocumentsAreKept() throws IOException {
        assertThat(upload("bien-ban.pdf", "%PDF-1.4\n% biên bản\n%%EOF\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        byte[] docx = zip("word/document.xml", ("<w:document>" + "<w:p>Báo cáo kết quả chuyển đổi số</w:p>".repeat(2_000)
                + "</w:document>").getBytes(StandardCharsets.UTF_8));
        Api.Reply kept = upload("Báo cáo.docx", docx);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(financeHead.get("/api/tasks/" + task + "/evidence").array()).hasSize(2);
    }

    @Test
    void zipBombsEscapingNamesAndDeepNestingAreRefusedBeforeBeingStored() throws IOException {
        // 60 MB of zeros deflate to about 60 KB: a ratio of 1,000
        Api.Reply bomb = upload("so-lieu.zip", zip("so-lieu.csv", new byte[60 * 1024 * 1024]));
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(400);
        assertThat(message(bomb)).contains("so-lieu.zip", "bom nén");
        // more than 200 MB once unpacked, counted while unpacking whatever the headers claim
        Api.Reply huge = upload("kho-anh.zip", zipOf(List.of("a.bin", "b.bin", "c.bin", "d.bin", "e.bin"), 45 * 1024 * 1024));
        assertThat(message(huge)).contains("200 MB");

        Api.Reply slip = upload("cap-nhat.zip", zip("../../../etc/cron.d/chidao", "* * * * * root true\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(slip.status()).isEqualTo(400);
        assertThat(message(slip)).contains("ra ngoài thư mục");

        byte[] nested = zip("a.txt", "x".getBytes(StandardCharsets.US_ASCII));
        for (int depth = 0; depth < 3; depth++) {
            nested = zip("lop-" + depth + ".zip", nested);
        }
        assertThat(message(upload("long-nhau.zip", nested))).contains("3 lớp");
        assertThat(message(upload("hong.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))).contains("Không đọc được");

        assertThat(financeHead.get("/api/tasks/" + task + "/evidence").array()).isEmpty();
    }

    @Test
    void whileTheScannerIsDownFilesAreRefusedWithAClearMessageNeverStoredUnscanned() throws Exception {
        Path dir = Path.of(System.getProperty("chidao.clamd.dir"));
        long pid = Long.parseLong(Files.readString(dir.resolve("clamd.pid")).strip());
        ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();
        daemon.destroy();
        daemon.onExit().get(30, TimeUnit.SECONDS);
        try {
            Api.Reply refused = upload("bien-ban-hop.pdf", "%PDF-1.4\n% sạch\n%%EOF\n".getBytes(StandardCharsets.UTF_8));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(message(refused)).contains("bien-ban-hop.pdf", "dịch vụ quét virus", "không được lưu");
            assertThat(financeHead.get("/api/tasks/" + task + "/evidence").array()).isEmpty();
        } finally {
            // the daemon back for the tests that follow, stopped after them by its new PID file like the first
            new ProcessBuilder(System.getProperty("chidao.clamd"), "-c", dir.resolve("clamd.conf").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("restart.log").toFile()))
                    .start();
            int port = Integer.getInteger("chidao.clamav.port");
            Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    return true;
                }
            });
        }
        assertThat(upload("bien-ban-hop.pdf", "%PDF-1.4\n% sạch\n%%EOF\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    }

    private Api.Reply upload(String name, byte[] content) {
        return financeHead.upload("/api/tasks/" + task + "/evidence", name, content, "progressId", progress);
    }

    private static String message(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Entries of {@code size} zero bytes each. */
    private static byte[] zipOf(List<String> names, int size) throws IOException {
        byte[] digits = new byte[size];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(digits);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

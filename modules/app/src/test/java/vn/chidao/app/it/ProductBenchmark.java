package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.MemoryMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.chidao.organization.security.PasswordHasher;

/**
 * The product's one benchmark (./mvnw -Pbenchmark clean verify). It brings the test database up to
 * province scale once, measures on the warm server and prints one table, also written to
 * target/benchmark.md. Figures, not pass/fail: only gross errors fail it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductBenchmark {

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();
    private static final Path SERVER = Path.of(System.getProperty("chidao.server.logs", "target/liberty/wlp/usr/servers/chidao-it/logs"))
            .getParent();


    @Test
    @Order(1)
    void provinceScaleData() throws Exception {
        double seconds = ProvinceDataset.ensure(System.getProperty("chidao.db.url"));
        FIGURES.put("dataset generation (s; 0 = already there)", String.format(java.util.Locale.ROOT, "%.1f", seconds));
        Api admin = Api.as(Api.ADMIN);
        FIGURES.put("units existing today", Integer.toString(admin.get("/api/units").array().size()));
        FIGURES.put("documents", Integer.toString(admin.get("/api/documents").array().size()));
        FIGURES.put("targets", Integer.toString(admin.get("/api/targets").array().size()));
        FIGURES.put("tasks", Integer.toString(admin.get("/api/tasks?limit=1").json().getInt("total")));
    }

    @Test
    @Order(2)
    void serverStart() throws IOException {
        Matcher m = Pattern.compile("CWWKF0011I.* started in ([0-9.,]+) seconds")
                .matcher(Files.readString(SERVER.resolve("logs/messages.log")));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        FIGURES.put("server start (Liberty log, s)", last == null ? "n/a" : last);
    }

    @Test
    @Order(3)
    void passwordCheck() {
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        String stored = hasher.hash("ChiDao@2025".toCharArray());
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            hasher.verify("ChiDao@2025".toCharArray(), stored);
            times[i] = System.nanoTime() - start;
        }
        FIGURES.put("PBKDF2-SHA256 600k check, median (ms)", ms(percentile(times, 50)));
    }

    @Test
    @Order(3)
    void apiLatency() {
        measure("GET /api/units (all)", Api.as(Api.COMMITTEE), "/api/units?all=true", 500);
        measure("GET /api/me", Api.as(Api.FINANCE_HEAD), "/api/me", 500);
        measure("GET /api/units/{id}/responsible", Api.as(Api.COMMITTEE), "/api/units/4/responsible", 500);
    }


    @Test
    @Order(4)
    void taskQueries() {
        Api secretariat = Api.as(Api.SECRETARIAT);
        String unit = Integer.toString(secretariat.get("/api/tasks/overdue?limit=1").array().getJsonObject(0).getInt("leadUnit"));
        measure("overdue list, province, first 100", secretariat, "/api/tasks/overdue?limit=100", 300);
        measure("overdue list, one unit, first 100", secretariat, "/api/tasks/overdue?unit=" + unit + "&limit=100", 300);
        measure("counts per unit per status class", secretariat, "/api/tasks/counts", 200);
        measure("counts against the original deadline", secretariat, "/api/tasks/counts?basis=original", 100);
        measure("early-warning counts, province (GET /api/tasks/risks)", secretariat, "/api/tasks/risks", 100);
        measure("task list, risk=AT_RISK, first 100", secretariat, "/api/tasks?risk=AT_RISK&limit=100", 100);
        measure("funding summary by source, province (15,000 lines, 10,000 disbursements)", secretariat,
                "/api/funding/summary?by=SOURCE", 100);
        measure("funding summary by lead unit, province", secretariat, "/api/funding/summary?by=UNIT", 100);
        measure("funding summary by unit as a unit head (own tasks)", Api.as(Api.FINANCE_HEAD), "/api/funding/summary?by=UNIT", 100);
        measure("reports a unit owes now (periodic tasks)", secretariat, "/api/periods/owed?unit=" + unit, 300);
        measure("one periodic task's 16 periods", secretariat, "/api/tasks/" + periodicTask(secretariat) + "/periods", 300);
        measure("task list, status=OVERDUE, first 100", secretariat, "/api/tasks?status=OVERDUE&limit=100", 100);
        measure("task search, two words without diacritics, province", secretariat, "/api/tasks?q=nhiem+vu&limit=100", 100);
        measure("task search as a unit head", Api.as(Api.FINANCE_HEAD), "/api/tasks?q=nhiem+vu&limit=100", 100);
        measure("task list as a unit head, first 100", Api.as(Api.FINANCE_HEAD), "/api/tasks?limit=100", 100);
        measure("one task", secretariat, "/api/tasks/1", 300);
        measure("targets with standing (200+)", secretariat, "/api/targets", 100);
    }

    /** The pages as the server renders them (loopback round trip, signed in through the form). */
    @Test
    @Order(4)
    void pages() {
        Api secretariat = Api.browser();
        secretariat.postForm("/signin", "username", Api.SECRETARIAT, "password", Api.DEMO_PASSWORD);
        Api head = Api.browser();
        head.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        long task = Api.as(Api.SECRETARIAT).get("/api/tasks/overdue?limit=1").array().getJsonObject(0).getJsonNumber("id").longValue();
        measure("page: dashboard, province (secretariat)", secretariat, "/index.xhtml", 100);
        measure("page: dashboard, my unit (unit head)", head, "/index.xhtml", 100);
        measure("page: task list, first 25 of all", secretariat, "/tasks.xhtml", 100);
        measure("page: task list, status=OVERDUE", secretariat, "/tasks.xhtml?status=OVERDUE", 100);
        measure("page: task list as a unit head", head, "/tasks.xhtml", 100);
        measure("page: one task with its reports and timeline", secretariat, "/task.xhtml?id=" + task, 100);
        measure("page: the secretariat's queue", secretariat, "/secretariat/queue.xhtml", 50);
    }

    @Test
    @Order(5)
    void appendixImport() throws Exception {
        Api secretariat = Api.as(Api.SECRETARIAT);
        List<String> units = secretariat.get("/api/units").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> !u.getString("code").startsWith("BENCH")).map(u -> u.getString("name")).toList();
        byte[] workbook = appendix(1000, units);
        long[] dry = new long[3];
        long[] commit = new long[3];
        for (int run = 0; run < 3; run++) {
            int document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"BENCH-IMPORT-" + System.nanoTime()
                    + "\",\"issueDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)
                    + "\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Phụ lục thử nghiệm 1.000 nhiệm vụ\"}").json().getInt("id");
            long start = System.nanoTime();
            Api.Reply checked = secretariat.upload("/api/tasks/import?dryRun=true&document=" + document, "phu-luc.xlsx", workbook);
            dry[run] = System.nanoTime() - start;
            assertThat(checked.json().getJsonArray("errors")).isEmpty();
            start = System.nanoTime();
            Api.Reply imported = secretariat.upload("/api/tasks/import?document=" + document, "phu-luc.xlsx", workbook);
            commit[run] = System.nanoTime() - start;
            assertThat(imported.status()).as(imported.body().substring(0, Math.min(300, imported.body().length()))).isEqualTo(201);
        }
        FIGURES.put("appendix import, 1,000 rows: dry run, median (ms)", ms(percentile(dry, 50)));
        FIGURES.put("appendix import, 1,000 rows: commit, median (ms)", ms(percentile(commit, 50)));
    }

    private static byte[] appendix(int rows, List<String> units) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Phụ lục");
            String[] header = {"STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            String[] deadlines = {"Quý II/2027", "năm 2027", "31/12/2027", "hằng quý", "Quý IV/2027"};
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(Integer.toString(r));
                row.createCell(1).setCellValue("Nhiệm vụ chuyển đổi số thử nghiệm số " + r + " của kế hoạch");
                row.createCell(2).setCellValue(units.get(r % units.size()));
                row.createCell(3).setCellValue(units.get((r + 1) % units.size()) + ", " + units.get((r + 2) % units.size()));
                row.createCell(4).setCellValue(deadlines[r % deadlines.length]);
                row.createCell(5).setCellValue("Báo cáo kết quả");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @Order(6)
    void formSignIn() {
        long[] times = new long[20];
        for (int i = 0; i < times.length; i++) {
            Api browser = Api.browser();
            long start = System.nanoTime();
            Api.Reply reply = browser.postForm("/signin", "username", Api.SECRETARIAT, "password", Api.DEMO_PASSWORD);
            times[i] = System.nanoTime() - start;
            assertThat(reply.status()).isEqualTo(302);
        }
        FIGURES.put("form sign-in (remembered check), p50 / p99 (ms)", ms(percentile(times, 50)) + " / " + ms(percentile(times, 99)));
    }

    @Test
    @Order(6)
    void evidenceScanAndTokens() {
        int task = Demo.assign(Demo.unique("BENCH-AV-"), "Minh chứng đo thời gian quét virus", "STC");
        Api head = Api.as(Api.FINANCE_HEAD);
        String progress = Integer.toString(head.post("/api/tasks/" + task + "/progress", "{\"text\":\"Đo.\",\"percent\":10}")
                .json().getInt("id"));
        for (int megabytes : new int[] {1, 19}) {
            byte[] pdf = new byte[megabytes * 1024 * 1024];
            byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(header, 0, pdf, 0, header.length);
            // printable noise: nothing a scanner can skip as empty
            java.util.Random random = new java.util.Random(megabytes);
            for (int i = header.length; i < pdf.length; i++) {
                pdf[i] = (byte) (32 + random.nextInt(95));
            }
            long[] times = new long[5];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                Api.Reply stored = head.upload("/api/tasks/" + task + "/evidence", "ban-quet-" + i + ".pdf", pdf, "progressId", progress);
                times[i] = System.nanoTime() - start;
                assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
            }
            FIGURES.put("evidence upload, " + megabytes + " MB PDF checked and scanned by ClamAV, p50 / max (ms)",
                    ms(percentile(times, 50)) + " / " + ms(percentile(times, 100)));
        }
        String token = head.post("/api/me/tokens", "{\"name\":\"Đo thời gian\",\"scope\":\"READ\",\"days\":1}").json()
                .getString("token");
        measure("GET /api/me with a personal API token", Api.withToken(token), "/api/me", 500);
    }

    @Test
    @Order(7)
    void memory() throws IOException {
        Path address = SERVER.resolve("logs/state/com.ibm.ws.jmx.local.address");
        JMXServiceURL url = new JMXServiceURL(Files.readString(address).strip());
        try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            memory.gc();
            FIGURES.put("heap used after GC, warm (MB)", Long.toString(memory.getHeapMemoryUsage().getUsed() >> 20));
            FIGURES.put("heap committed (MB)", Long.toString(memory.getHeapMemoryUsage().getCommitted() >> 20));
        }
    }

    @Test
    @Order(8)
    void briefings() throws Exception {
        Api secretariat = Api.as(Api.SECRETARIAT);
        String all = "{\"kind\":\"BRIEFING\"}";
        int thousand = secretariat.get("/api/documents").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(d -> d.getString("number").startsWith("BENCH-IMPORT")).findFirst().orElseThrow().getInt("id");
        String oneDocument = "{\"kind\":\"BRIEFING\",\"documentId\":" + thousand + "}";
        long[] full = generate(secretariat, all, 10);
        long[] part = generate(secretariat, oneDocument, 20);
        long[] workbook = generate(secretariat, "{\"kind\":\"BRIEFING\",\"format\":\"XLSX\"}", 5);
        FIGURES.put("briefing PDF, every task (10,000+), generated and archived, p50 / max (ms)",
                ms(percentile(full, 50)) + " / " + ms(percentile(full, 100)));
        FIGURES.put("briefing PDF, one document of 1,000 tasks, p50 / max (ms)", ms(percentile(part, 50)) + " / " + ms(percentile(part, 100)));
        FIGURES.put("briefing XLSX, every task, p50 (ms)", ms(percentile(workbook, 50)));
        int last = secretariat.post("/api/reports", all).json().getInt("id");
        byte[] pdf = secretariat.download("/api/reports/" + last + "/content").body();
        FIGURES.put("briefing PDF, every task: pages / size (KB)", Pdfs.pages(pdf) + " / " + (pdf.length >> 10));
        long signStart = System.nanoTime();
        Api.Reply signed = secretariat.post("/api/reports/" + last + "/signature", "{}");
        long signing = System.nanoTime() - signStart;
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        FIGURES.put("signing that briefing (PAdES, visible block, archived), one (ms)", ms(signing));
        String lastYear = Integer.toString(java.time.LocalDate.now().getYear() - 1);
        measure("evaluation of a year, every unit, live (GET /api/evaluations/" + lastYear + ")", secretariat,
                "/api/evaluations/" + lastYear, 20);
        long[] evaluationPdf = generate(secretariat, "{\"kind\":\"EVALUATION\",\"period\":\"" + lastYear + "\"}", 5);
        FIGURES.put("evaluation report PDF of a year, p50 (ms)", ms(percentile(evaluationPdf, 50)));
        long inDocument = secretariat.get("/api/tasks/counts?document=" + thousand).array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().mapToLong(c -> c.getInt("total")).sum();
        assertThat(inDocument).as("tasks in the 1,000-task document").isEqualTo(1000);

        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(
                Files.readString(SERVER.resolve("logs/state/com.ibm.ws.jmx.local.address")).strip()))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class).gc();
            List<java.lang.management.MemoryPoolMXBean> heap = ManagementFactory.getPlatformMXBeans(server,
                    java.lang.management.MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).toList();
            long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
            heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            generate(secretariat, all, 1);
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            FIGURES.put("heap taken by one full briefing: peak − before, garbage included (MB)", Long.toString((peak - before) >> 20));
        }

        List<java.util.concurrent.CompletableFuture<Integer>> requests = new java.util.ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            requests.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> Api.as(Api.SECRETARIAT).post("/api/reports", all).status()));
        }
        List<Integer> statuses = requests.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        long wall = System.nanoTime() - start;
        assertThat(statuses).containsOnly(201);
        FIGURES.put("10 concurrent full briefings: all 201, wall time (ms)", ms(wall));
    }

    @Test
    @Order(9)
    void mailDispatch() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            Api secretariat = Api.as(Api.SECRETARIAT);
            List<String> units = secretariat.get("/api/units").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(u -> !u.getString("code").startsWith("BENCH")).map(u -> u.getString("name")).toList();
            int document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"BENCH-MAIL-" + System.nanoTime()
                    + "\",\"issueDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)
                    + "\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Phụ lục thử gửi thư\"}").json().getInt("id");
            int before = mail.getReceivedMessages().length;
            assertThat(secretariat.upload("/api/tasks/import?document=" + document, "phu-luc.xlsx", appendix(1000, units)).status())
                    .isEqualTo(201);
            long start = System.nanoTime();
            int delivered = 0;
            int still = 0;
            while (System.nanoTime() - start < 180_000_000_000L) {
                secretariat.post("/api/outbox/dispatch", "{}");
                delivered = mail.getReceivedMessages().length - before;
                if (secretariat.get("/api/outbox?state=PENDING&limit=1").array().isEmpty() && ++still > 2) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            FIGURES.put("e-mail dispatch to a local SMTP server: messages / s (" + delivered + " task-assignment messages)",
                    String.format(java.util.Locale.ROOT, "%.0f", delivered / seconds));
        } finally {
            mail.stop();
        }
    }

    @Test
    @Order(10)
    void deadlineScanAtScale() throws Exception {
        double seconds = ProvinceDataset.scaleUp(System.getProperty("chidao.db.url"), 100_000);
        FIGURES.put("scale-up to 100,000 tasks (s; 0 = already there)", String.format(java.util.Locale.ROOT, "%.1f", seconds));
        Api secretariat = Api.as(Api.SECRETARIAT);
        FIGURES.put("tasks for the deadline scan", Integer.toString(secretariat.get("/api/tasks?limit=1").json().getInt("total")));
        long start = System.nanoTime();
        int created = secretariat.post("/api/notifications/scan", "{}").json().getInt("created");
        long first = System.nanoTime() - start;
        start = System.nanoTime();
        int again = secretariat.post("/api/notifications/scan", "{}").json().getInt("created");
        long second = System.nanoTime() - start;
        assertThat(again).isZero();
        FIGURES.put("deadline scan over 100,000 tasks: first run / run again (ms; notices created " + created + " / " + again + ")",
                ms(first) + " / " + ms(second));
    }

    private static long[] generate(Api api, String request, int count) {
        api.post("/api/reports", request);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Api.Reply reply = api.post("/api/reports", request);
            times[i] = System.nanoTime() - start;
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        return times;
    }

    /**
     * Ten redeployments of the WAR into the running server (as an operator replacing it would), then heap
     * histograms of live objects: the old applications must go. The scheduled jobs tick once a minute
     * ({@code Ticking}), so a stopped application may stay queued up to a minute; after that one application's
     * class loaders must remain, as before the redeployments.
     */
    @Test
    @Order(99)
    void redeploymentsLeaveOneApplication() throws Exception {
        Path war = SERVER.resolve("dropins/chidao.war");
        Path log = SERVER.resolve("logs/messages.log");
        int before = liveApplicationClassLoaders();
        for (int i = 0; i < 10; i++) {
            long updates = count(log, "CWWKZ0003I: The application chidao updated");
            Files.setLastModifiedTime(war, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            org.awaitility.Awaitility.await("redeployment " + (i + 1)).atMost(java.time.Duration.ofMinutes(3))
                    .pollInterval(java.time.Duration.ofMillis(500)).until(() -> count(log, "CWWKZ0003I: The application chidao updated") > updates);
        }
        int right = liveApplicationClassLoaders();
        long settleStart = System.nanoTime();
        int settled = org.awaitility.Awaitility.await("the old applications to be collected").atMost(java.time.Duration.ofMinutes(3))
                .pollInterval(java.time.Duration.ofSeconds(10)).until(ProductBenchmark::liveApplicationClassLoaders, n -> n <= before);
        FIGURES.put("live application class loaders: before / right after 10 redeployments / settled (after s)",
                before + " / " + right + " / " + settled + " (" + (System.nanoTime() - settleStart) / 1_000_000_000 + ")");
        assertThat(Api.as(Api.SECRETARIAT).get("/api/tasks?limit=1").status()).as("the application answers after them").isEqualTo(200);
    }

    private static long count(Path log, String text) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(text)).count();
    }

    /** Liberty's application class loaders still reachable after a full GC (GC.class_histogram over JMX). */
    private static int liveApplicationClassLoaders() throws Exception {
        JMXServiceURL url = new JMXServiceURL(Files.readString(SERVER.resolve("logs/state/com.ibm.ws.jmx.local.address")).strip());
        try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
            String histogram = (String) connector.getMBeanServerConnection().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return histogram.lines().filter(line -> line.matches(".*com\\.ibm\\.ws\\.classloading\\.internal\\.(AppClassLoader|ParentLastClassLoader)$"))
                    .mapToInt(line -> Integer.parseInt(line.trim().split("\\s+")[1])).sum();
        }
    }

    @AfterAll
    static void print() throws IOException {
        StringBuilder table = new StringBuilder("| figure | value |\n|---|---|\n");
        FIGURES.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println("\n=== Chỉ Đạo benchmark ===\n" + table);
        Files.writeString(Path.of("target/benchmark.md"), table.toString());
    }

    /** One of the benchmark's quarterly tasks (every fifth task of the dataset). */
    private static int periodicTask(Api api) {
        return api.get("/api/tasks?limit=500").json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(t -> t.getJsonObject("deadline").getString("kind").equals("ONGOING")).findFirst().orElseThrow().getInt("id");
    }

    private static void measure(String name, Api api, String path, int count) {
        for (int i = 0; i < 50; i++) {
            api.get(path);
        }
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Api.Reply reply = api.get(path);
            times[i] = System.nanoTime() - start;
            assertThat(reply.status()).isEqualTo(200);
        }
        FIGURES.put(name + ", p50 / p99 (ms)", ms(percentile(times, 50)) + " / " + ms(percentile(times, 99)));
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}

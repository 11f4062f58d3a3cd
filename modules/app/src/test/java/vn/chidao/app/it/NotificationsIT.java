package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notices as people get them, through a real SMTP server (GreenMail): the right people, in their
 * language, once — whatever the SMTP server, the schedule or a second dispatcher does.
 */
class NotificationsIT {

    private static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    /** How long the mail about a task must stay as it is, once the outbox has nothing left to send about it. */
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static GreenMail mail;

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeAll
    static void smtpServer() {
        mail = new GreenMail(SMTP);
        mail.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        mail.stop();
    }

    @Test
    void theAnswerToAnObstacleReachesTheUnitThatRaisedItOnce() throws Exception {
        String code = Demo.unique("KK-");
        int task = assign(code, "Kết nối mạng cho các xã", Demo.unit("STC"), "[]", "31/12/2027");
        awaitMessages(code, 2);
        Api.as(Api.FINANCE_HEAD).post("/api/tasks/" + task + "/progress", "{\"text\":\"Đã khảo sát.\",\"percent\":10,"
                + "\"obstacles\":[\"Chưa có hạ tầng cáp quang tại 5 xã\"]}");
        JsonObject raised = Api.as(Api.SECRETARIAT).get("/api/issues?task=" + task).array().getJsonObject(0);

        Api.as(Api.SECRETARIAT).post("/api/issues/" + raised.getInt("id") + "/answer", "{\"version\":0,\"state\":\"FORWARDED\","
                + "\"answer\":\"Đã đề nghị doanh nghiệp viễn thông triển khai trong quý I/2027.\"}");

        List<MimeMessage> received = awaitMessages("Trả lời khó khăn, kiến nghị: " + code, 2);
        assertThat(recipients(received)).containsExactlyInAnyOrder("giamdoc.stc@chidao.local", "chuyenvien.stc@chidao.local");
        // the sender's name travels encoded (RFC 2047) and a standard parser reads it back
        MimeMessage first = to(received, "giamdoc.stc@chidao.local");
        assertThat(first.getHeader("From")[0]).startsWith("=?UTF-8?");
        assertThat(((jakarta.mail.internet.InternetAddress) first.getFrom()[0]).getPersonal()).isEqualTo("Chỉ Đạo");
        assertThat(plainText(to(received, "giamdoc.stc@chidao.local"))).contains("Khó khăn, vướng mắc: Chưa có hạ tầng cáp quang tại 5 xã",
                "Trả lời: Đã đề nghị doanh nghiệp viễn thông triển khai trong quý I/2027.");
    }

    @Test
    void theLeadUnitIsWarnedOnceWhenATaskTurnsAtRisk() throws Exception {
        String code = Demo.unique("CBS-");
        int task = assign(code, "Xây dựng kho dữ liệu ngân sách", Demo.unit("STC"), "[]",
                today.plusDays(100).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        awaitMessages(code, 2);
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/tasks/" + task + "/progress", "{\"text\":\"Mới khảo sát.\",\"percent\":10}")
                .status()).isEqualTo(201);
        // a month on, 30 % of its time gone: not judged yet; at 80 % with 10 % reported it turns at risk
        assertThat(secretariat.post("/api/notifications/scan?day=" + today.plusDays(30), "{}").status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(secretariat.post("/api/notifications/scan?day=" + today.plusDays(80), "{}").status()).isEqualTo(200);
        }
        assertThat(secretariat.post("/api/notifications/scan?day=" + today.plusDays(85), "{}").status()).isEqualTo(200);
        secretariat.post("/api/outbox/dispatch", "{}");
        awaitMessages("Cảnh báo nguy cơ chậm tiến độ: " + code, 2);
        List<MimeMessage> warnings = settled(code).stream().filter(m -> subject(m).contains("Cảnh báo nguy cơ chậm tiến độ")).toList();
        assertThat(recipients(warnings)).as("the lead unit's people, each once across four scans")
                .containsExactlyInAnyOrder("giamdoc.stc@chidao.local", "chuyenvien.stc@chidao.local");
        assertThat(plainText(to(warnings, "giamdoc.stc@chidao.local"))).contains("chưa đến hạn nhưng có nguy cơ chậm tiến độ",
                "Lý do: đã qua 80% thời gian, tiến độ báo cáo 10%");
    }

    @Test
    void markupInATitleReachesTheMailAsTextNeverAsMarkup() throws Exception {
        String code = Demo.unique("XS-");
        assign(code, "Số hóa <img src=x onerror=alert(1)> & \\\"báo cáo\\\"", Demo.unit("CA-TINH"), "[]", "31/12/2027");

        MimeMessage message = awaitMessages(code, 1).get(0);

        String html = part(message, "text/html");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(part(message, "text/plain")).contains("Số hóa <img src=x onerror=alert(1)> & \"báo cáo\"");
    }

    @Test
    void aNewTaskReachesItsUnitsPeopleInTheirLanguageAndNobodyElse() throws Exception {
        String code = Demo.unique("TB-");
        int task = assign(code, "Xây dựng cơ sở dữ liệu đất đai", Demo.unit("STC"), "[" + Demo.unit("SNV") + "]", "31/12/2027");

        List<MimeMessage> received = awaitMessages(code, 3);
        assertThat(recipients(received)).containsExactlyInAnyOrder("giamdoc.stc@chidao.local", "chuyenvien.stc@chidao.local",
                "giamdoc.snv@chidao.local");
        MimeMessage vietnamese = to(received, "giamdoc.stc@chidao.local");
        assertThat(vietnamese.getSubject()).isEqualTo("[Chỉ Đạo] Nhiệm vụ mới: " + code + ". Xây dựng cơ sở dữ liệu đất đai");
        assertThat(plainText(vietnamese)).contains("Đơn vị chủ trì: Sở Tài chính", "Thời hạn: 31/12/2027", "/task.xhtml?id=" + task,
                        "Tình trạng thời hạn: còn " + java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.of(2027, 12, 31)) + " ngày")
                .as("signed with the committee's name as the installation's settings give it")
                .contains("hệ thống Chỉ Đạo của " + Api.as(Api.FINANCE_HEAD).get("/api/settings").json().getString("committeeName"));
        String english = Demo.unique("EN-");
        assign(english, "Bảo đảm an ninh mạng", Demo.unit("CA-TINH"), "[]", "31/12/2027");
        assertThat(subject(awaitMessages(english, 1).get(0))).isEqualTo("[Chỉ Đạo] New task: " + english + ". Bảo đảm an ninh mạng");
        assertThat(Api.as("truongphong.ca@chidao.local").get("/api/inbox").body()).doesNotContain(code);

        JsonObject inbox = Api.as(Api.FINANCE_HEAD).get("/api/inbox?unread=true").array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("subject").contains(code)).findFirst().orElseThrow();
        assertThat(inbox.getInt("task")).isEqualTo(task);
        long unread = Api.as(Api.FINANCE_HEAD).get("/api/inbox/unread").json().getJsonNumber("unread").longValue();
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/inbox/" + inbox.getInt("id") + "/read", "{}").json()
                .getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
        assertThat(Api.as("truongphong.ca@chidao.local").post("/api/inbox/" + inbox.getInt("id") + "/read", "{}").status()).isEqualTo(404);
        Api browser = Api.browser();
        browser.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        assertThat(browser.get("/index.xhtml").body()).contains("Thông báo", "Nhiệm vụ mới: " + code);
    }

    @Test
    void aTitleWithLineBreaksAddsNoMailHeaders() throws Exception {
        String code = Demo.unique("HDR-");
        assign(code, "Báo cáo\\r\\nBcc: ke-gian@example.com\\r\\nX-Injected: 1", Demo.unit("SNV"), "[]", "31/12/2027");

        List<MimeMessage> received = awaitMessages(code, 1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).doesNotContain("\r", "\n").contains("Bcc: ke-gian@example.com");
        assertThat(message.getHeader("X-Injected")).isNull();
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(Arrays.stream(mail.getReceivedMessages()).flatMap(m -> recipientsOf(m).stream()))
                .doesNotContain("ke-gian@example.com");
    }

    @Test
    void mailWaitsOutAnSmtpServerThatIsDownAndIsDeliveredOnce() throws Exception {
        stopSmtp();
        String code = Demo.unique("DOWN-");
        try {
            assign(code, "Nhiệm vụ giao khi máy chủ thư ngừng", Demo.unit("SNV"), "[]", "31/12/2027");
            JsonObject pending = awaitOutbox(code, "PENDING", true);
            assertThat(pending.getString("lastError", "")).isNotBlank();
        } finally {
            mail = new GreenMail(SMTP);
            mail.start();
        }
        assertThat(awaitMessages(code, 1)).hasSize(1);
        assertThat(settled(code)).hasSize(1);
        assertThat(awaitOutbox(code, "SENT", false).getInt("attempts")).isGreaterThan(1);
    }

    @Test
    void remindersAreCreatedOnceHoweverOftenTheScanRunsAndSentOnceByManyDispatchers() throws Exception {
        String code = Demo.unique("REM-");
        assign(code, "Nhiệm vụ sắp đến hạn", Demo.unit("SNV"), "[]",
                today.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        awaitMessages(code, 1);

        List<CompletableFuture<Api.Reply>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> Api.as(Api.SECRETARIAT).post("/api/notifications/scan", "{}")));
            runs.add(CompletableFuture.supplyAsync(() -> Api.as(Api.SECRETARIAT).post("/api/outbox/dispatch", "{}")));
        }
        for (CompletableFuture<Api.Reply> run : runs) {
            assertThat(run.get().status()).as(run.get().toString()).isEqualTo(200);
        }
        secretariat.post("/api/outbox/dispatch", "{}");

        List<MimeMessage> reminders = awaitMessages(code, 2).stream().filter(m -> subject(m).startsWith("[Chỉ Đạo] Nhắc hạn")).toList();
        assertThat(settled(code).stream().filter(m -> subject(m).startsWith("[Chỉ Đạo] Nhắc hạn"))).hasSize(1);
        assertThat(subject(reminders.get(0))).contains("còn 3 ngày");
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/notifications/scan", "{}").status()).isEqualTo(403);
    }

    @Test
    void aMonthlyTaskIsRemindedOncePerPeriodNotOncePerTask() throws Exception {
        String code = Demo.unique("KY-");
        Api.Reply assigned = secretariat.post("/api/tasks", "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\"" + code
                + "\",\"title\":\"Báo cáo tháng về chuyển đổi số\",\"leadUnitId\":" + Demo.unit("SNV") + ",\"deadline\":\"hằng tháng\","
                + "\"owingFrom\":\"" + today.withDayOfMonth(1) + "\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        int task = assigned.json().getInt("id");
        awaitMessages(code, 1);
        LocalDate firstDue = LocalDate.parse(secretariat.get("/api/tasks/" + task).json().getString("dueDate"));

        for (int i = 0; i < 2; i++) {
            assertThat(secretariat.post("/api/notifications/scan?day=" + firstDue.minusDays(3), "{}").status()).isEqualTo(200);
        }
        secretariat.post("/api/outbox/dispatch", "{}");
        awaitMessages(code, 2);
        long firstPeriod = settled(code).stream().filter(m -> subject(m).startsWith("[Chỉ Đạo] Nhắc hạn")).count();
        assertThat(firstPeriod).isPositive();
        // the unit reports for this month; next month's report falls due at its end and is reminded of in turn
        assertThat(Api.as("giamdoc.snv@chidao.local").post("/api/tasks/" + task + "/progress",
                "{\"text\":\"Báo cáo tháng\",\"percent\":30}").status()).isEqualTo(201);
        LocalDate secondDue = LocalDate.parse(secretariat.get("/api/tasks/" + task).json().getString("dueDate"));
        assertThat(secondDue).isAfter(firstDue);
        for (int i = 0; i < 2; i++) {
            assertThat(secretariat.post("/api/notifications/scan?day=" + secondDue.minusDays(3), "{}").status()).isEqualTo(200);
        }
        secretariat.post("/api/outbox/dispatch", "{}");

        awaitMessages(code, (int) (1 + 2 * firstPeriod));
        assertThat(settled(code).stream().filter(m -> subject(m).startsWith("[Chỉ Đạo] Nhắc hạn")))
                .as("the same reminders again for next month's report, each once").hasSize((int) (2 * firstPeriod));
    }

    @Test
    void theSecretariatHearsOfAProposedCompletionAndTheUnitOfTheDecision() throws Exception {
        String code = Demo.unique("HT-");
        int task = assign(code, "Nhiệm vụ đề nghị hoàn thành", Demo.unit("SNV"), "[]", "31/12/2027");
        Api head = Api.as("giamdoc.snv@chidao.local");
        assertThat(head.post("/api/tasks/" + task + "/progress", "{\"text\":\"Đã xong\",\"percent\":100,\"proposesCompletion\":true}")
                .status()).isEqualTo(201);
        MimeMessage proposal = awaitMessages(code, 2).stream().filter(m -> subject(m).contains("Đề nghị công nhận")).findFirst().orElseThrow();
        assertThat(recipientsOf(proposal)).containsExactly(Api.SECRETARIAT);

        int version = secretariat.get("/api/tasks/" + task).json().getInt("version");
        assertThat(secretariat.post("/api/tasks/" + task + "/completion/accept", "{\"version\":" + version + "}").status()).isEqualTo(200);
        assertThat(awaitMessages(code, 3).stream().filter(m -> subject(m).contains("Đã công nhận hoàn thành")).map(NotificationsIT::recipientsOf))
                .containsExactly(List.of("giamdoc.snv@chidao.local"));
    }

    @Test
    void lateWorkGoesToTheUnitHeadOnTheFirstDayThenToTheSecretariatWeekly() throws Exception {
        String code = Demo.unique("QH-");
        LocalDate due = today.plusDays(20);
        assign(code, "Nhiệm vụ để quá hạn", Demo.unit("SNV"), "[]", due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        awaitMessages(code, 1);

        for (int after : new int[] {1, 1, 7, 10, 14}) {
            assertThat(secretariat.post("/api/notifications/scan?day=" + due.plusDays(after), "{}").status()).isEqualTo(200);
        }

        List<MimeMessage> late = awaitMessages(code, 4).stream().filter(m -> !subject(m).startsWith("[Chỉ Đạo] Nhiệm vụ mới")).toList();
        assertThat(settled(code).stream().filter(m -> !subject(m).startsWith("[Chỉ Đạo] Nhiệm vụ mới"))
                .map(m -> subject(m).substring(0, subject(m).indexOf(':')) + " → " + recipientsOf(m)))
                .containsExactlyInAnyOrder("[Chỉ Đạo] Quá hạn → [giamdoc.snv@chidao.local]",
                        "[Chỉ Đạo] Quá hạn 7 ngày → [" + Api.SECRETARIAT + "]", "[Chỉ Đạo] Quá hạn 14 ngày → [" + Api.SECRETARIAT + "]");
        assertThat(late).isNotEmpty();
    }

    @Test
    void anApprovedExtensionDropsTheRemindersOfTheOldDeadline() throws Exception {
        String code = Demo.unique("GH-");
        int task = assign(code, "Nhiệm vụ được gia hạn", Demo.unit("SNV"), "[]",
                today.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        awaitMessages(code, 1);
        stopSmtp();
        try {
            secretariat.post("/api/notifications/scan", "{}");
            assertThat(awaitOutbox(code, "PENDING", false).getString("kind")).isEqualTo("REMINDER");
            Api head = Api.as("giamdoc.snv@chidao.local");
            int extension = head.post("/api/tasks/" + task + "/extensions", "{\"requestedDueDate\":\"" + today.plusDays(60)
                    + "\",\"reason\":\"Chờ kinh phí\"}").json().getInt("id");
            assertThat(secretariat.post("/api/extensions/" + extension + "/approve", "{\"version\":0,\"note\":\"Đồng ý\"}").status())
                    .isEqualTo(200);
            assertThat(awaitOutbox(code, "CANCELLED", false).getString("kind")).isEqualTo("REMINDER");
        } finally {
            mail = new GreenMail(SMTP);
            mail.start();
        }
        // the restarted server holds only what came after the restart
        assertThat(awaitMessages(code, 1).stream().map(NotificationsIT::subject)).anyMatch(s -> s.startsWith("[Chỉ Đạo] Đồng ý gia hạn"));
        assertThat(settled(code).stream().map(NotificationsIT::subject)).noneMatch(s -> s.startsWith("[Chỉ Đạo] Nhắc hạn"));
    }

    @Test
    void aScheduledBriefingReachesTheCommitteeWithThePdfAttached() throws Exception {
        assertThat(secretariat.post("/api/reports/schedules", "{\"documentId\":" + Demo.document("382/KH-UBND")
                + ",\"frequency\":\"QUARTERLY\"}").status()).isEqualTo(201);
        assertThat(secretariat.post("/api/reports/schedules/run", "{}").status()).isEqualTo(200);
        String period = today.getYear() + "-Q" + today.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR);

        MimeMessage briefing = awaitMessages(period, 1).get(0);
        assertThat(recipientsOf(briefing)).containsExactly(Api.COMMITTEE);
        assertThat(subject(briefing)).isEqualTo("[Chỉ Đạo] Báo cáo tình hình thực hiện nhiệm vụ " + period);
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) briefing.getContent();
        jakarta.mail.BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).startsWith("bao-cao-382-kh-ubnd").endsWith(".pdf");
        assertThat(new String(pdf.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aPersonWhoChoseTheDigestGetsOneWeeklyMessageInsteadOfReminders() throws Exception {
        Api police = Api.as("truongphong.ca@chidao.local");
        assertThat(police.put("/api/inbox/preferences", "{\"digest\":true}").json().getBoolean("digest")).isTrue();
        try {
            String code = Demo.unique("DG-");
            assign(code, "Nhiệm vụ trong bản tổng hợp", Demo.unit("CA-TINH"), "[]",
                    today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            awaitMessages(code, 1);
            assertThat(secretariat.post("/api/notifications/scan", "{}").status()).isEqualTo(200);

            MimeMessage digest = awaitMessages("Week ", 1).stream().filter(m -> recipientsOf(m).contains("truongphong.ca@chidao.local"))
                    .findFirst().orElseThrow();
            assertThat(plainText(digest)).contains(code);
            assertThat(settled(code).stream().map(NotificationsIT::subject)).noneMatch(s -> s.contains("Deadline reminder"));
            assertThat(police.get("/api/inbox").body()).contains("Deadline reminder: " + code);
        } finally {
            police.put("/api/inbox/preferences", "{\"digest\":false}");
        }
    }

    @Test
    void theOutboxIsTheSecretariatsToSee() {
        assertThat(secretariat.get("/api/outbox?limit=5").status()).isEqualTo(200);
        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/outbox").status()).isEqualTo(403);
        assertThat(Api.as(Api.COMMITTEE).get("/api/outbox").status()).isEqualTo(403);
    }

    /** Stops the SMTP server and waits until its port refuses connections (GreenMail closes it a little later). */
    private static void stopSmtp() {
        mail.stop();
        await("the SMTP server to stop").atMost(Duration.ofSeconds(10)).until(() -> {
            try (java.net.Socket probe = new java.net.Socket(SMTP.getBindAddress(), SMTP.getPort())) {
                return false;
            } catch (java.io.IOException refused) {
                return true;
            }
        });
    }

    private int assign(String code, String title, int lead, String cooperating, String deadline) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\"" + code
                + "\",\"title\":\"" + title + "\",\"leadUnitId\":" + lead + ",\"cooperatingUnitIds\":" + cooperating
                + ",\"deadline\":\"" + deadline + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    /** The outbox rows whose subject names {@code code}: this test's own, whatever else the database holds. */
    private static List<JsonObject> outbox(String code) {
        return Api.as(Api.SECRETARIAT).get("/api/outbox?limit=100&about=" + URLEncoder.encode(code, StandardCharsets.UTF_8)).array()
                .getValuesAs(JsonObject.class);
    }

    private JsonObject awaitOutbox(String code, String state, boolean withError) {
        return await("a " + state + " message about " + code).atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> outbox(code).stream().filter(item -> item.getString("state").equals(state)
                        && (!withError || item.containsKey("lastError"))).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static List<MimeMessage> awaitMessages(String code, int count) {
        await("messages about " + code).atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(messages(code)).as(() -> "messages about " + code + "; its outbox: " + outbox(code))
                        .hasSizeGreaterThanOrEqualTo(count));
        return messages(code);
    }

    /**
     * The mail about {@code code} once it is final: the outbox has nothing pending about it, and what arrived
     * stays as it is for a moment (a second copy sent by another dispatcher would arrive in it).
     */
    private static List<MimeMessage> settled(String code) {
        await("nothing pending about " + code).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> outbox(code).stream().noneMatch(item -> item.getString("state").equals("PENDING")));
        int received = messages(code).size();
        await("no more mail about " + code).during(QUIET).atMost(QUIET.multipliedBy(3))
                .until(() -> messages(code).size() == received);
        return messages(code);
    }

    private static List<MimeMessage> messages(String code) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(code)).toList();
    }

    /** The text/plain part, decoded. */
    private static String plainText(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    /** The part of that type, decoded. */
    private static String part(MimeMessage message, String type) throws Exception {
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(List<MimeMessage> messages) {
        return messages.stream().flatMap(m -> recipientsOf(m).stream()).toList();
    }

    private static List<String> recipientsOf(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? List.of()
                    : Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage to(List<MimeMessage> messages, String recipient) {
        return messages.stream().filter(m -> recipientsOf(m).contains(recipient)).findFirst().orElseThrow();
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices as people get them, through a real SMTP server (GreenMail): the right people, in their
 * language, once — whatever the SMTP server, the schedule or a second dispatcher does.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail mail;

    private final Api secretariat = Api.as(Api.SECRETARIAT);
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

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
    void aNewTaskReachesItsUnitsPeopleInTheirLanguageAndNobodyElse() throws Exception {
        String code = Demo.unique("TB-");
        int task = assign(code, "Xây dựng cơ sở dữ liệu đất đai", Demo.unit("STC"), "[" + Demo.unit("CA-TINH") + "]", "31/12/2027");

        List<MimeMessage> received = awaitMessages(code, 3);
        assertThat(recipients(received)).containsExactlyInAnyOrder("giamdoc.stc@chidao.local", "chuyenvien.stc@chidao.local",
                "truongphong.ca@chidao.local");
        MimeMessage vietnamese = to(received, "giamdoc.stc@chidao.local");
        assertThat(vietnamese.getSubject()).isEqualTo("[Chỉ Đạo] Nhiệm vụ mới: " + code + ". Xây dựng cơ sở dữ liệu đất đai");
        assertThat(plainText(vietnamese)).contains("Đơn vị chủ trì: Sở Tài chính", "Thời hạn: 31/12/2027", "/api/tasks/" + task);
        assertThat(to(received, "truongphong.ca@chidao.local").getSubject()).startsWith("[Chỉ Đạo] New task: " + code);

        JsonObject inbox = Api.as(Api.FINANCE_HEAD).get("/api/inbox?unread=true").array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("subject").contains(code)).findFirst().orElseThrow();
        assertThat(inbox.getInt("task")).isEqualTo(task);
        assertThat(Api.as("giamdoc.snv@chidao.local").get("/api/inbox").body()).doesNotContain(code);
        long unread = Api.as(Api.FINANCE_HEAD).get("/api/inbox/unread").json().getJsonNumber("unread").longValue();
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/inbox/" + inbox.getInt("id") + "/read", "{}").json()
                .getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
        assertThat(Api.as("giamdoc.snv@chidao.local").post("/api/inbox/" + inbox.getInt("id") + "/read", "{}").status()).isEqualTo(404);
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
        mail.stop();
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
        Thread.sleep(3000);
        assertThat(messages(code)).hasSize(1);
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
        Thread.sleep(3000);
        assertThat(messages(code).stream().filter(m -> subject(m).startsWith("[Chỉ Đạo] Nhắc hạn"))).hasSize(1);
        assertThat(subject(reminders.get(0))).contains("còn 3 ngày");
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/notifications/scan", "{}").status()).isEqualTo(403);
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
    void theOutboxIsTheSecretariatsToSee() {
        assertThat(secretariat.get("/api/outbox?limit=5").status()).isEqualTo(200);
        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/outbox").status()).isEqualTo(403);
        assertThat(Api.as(Api.COMMITTEE).get("/api/outbox").status()).isEqualTo(403);
    }

    private int assign(String code, String title, int lead, String cooperating, String deadline) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + Demo.document("382/KH-UBND") + ",\"code\":\"" + code
                + "\",\"title\":\"" + title + "\",\"leadUnitId\":" + lead + ",\"cooperatingUnitIds\":" + cooperating
                + ",\"deadline\":\"" + deadline + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private JsonObject awaitOutbox(String code, String state, boolean withError) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (JsonObject item : secretariat.get("/api/outbox?limit=200").array().getValuesAs(JsonObject.class)) {
                if (item.getString("subject").contains(code) && item.getString("state").equals(state)
                        && (!withError || item.containsKey("lastError"))) {
                    return item;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No " + state + " message for " + code);
    }

    private static List<MimeMessage> awaitMessages(String code, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<MimeMessage> found = messages(code);
        while (found.size() < count && System.nanoTime() < until) {
            Thread.sleep(200);
            found = messages(code);
        }
        assertThat(found).as("messages about " + code).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private static List<MimeMessage> messages(String code) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(code)).toList();
    }

    /** The text/plain part, decoded. */
    private static String plainText(MimeMessage message) throws Exception {
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no text/plain part");
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

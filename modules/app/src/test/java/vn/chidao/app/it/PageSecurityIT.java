package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The pages against forged requests: a cross-site post without the page's view state changes
 * nothing, a GET that changes something needs the token only our own links carry, the
 * secretariat's pages refuse everyone else, and a task outside one's unit is "not found".
 */
class PageSecurityIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void aForgedPostWithoutTheViewStateChangesNothing() {
        String code = Demo.unique("CSRF-");
        int task = assign(code);
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/tasks/" + task + "/progress",
                "{\"text\":\"Đã xong\",\"percent\":100,\"proposesCompletion\":true}").status()).isEqualTo(201);
        Api browser = signedIn(Api.SECRETARIAT);

        // what another site's page would make the secretariat's browser send: the session cookie, no view state
        Api.Reply forged = browser.postForm("/task.xhtml?id=" + task, "completion_SUBMIT", "1",
                "completion:accept", "", "jakarta.faces.ViewState", "YjM5NTE3OGIwZDUxYTUxYjAwMDAwMDk5");

        assertThat(shown(browser, forged).body()).contains("Trang đã hết hạn hoặc liên kết không hợp lệ")
                .doesNotContain("Đã công nhận hoàn thành");
        assertThat(secretariat.get("/api/tasks/" + task).json().getString("state")).isEqualTo("COMPLETION_PROPOSED");

        // the same decision through the page itself works
        Api.Reply page = browser.get("/task.xhtml?id=" + task);
        Api.Reply accepted = browser.postForm("/task.xhtml?id=" + task, "completion_SUBMIT", "1", "completion:accept", "",
                "jakarta.faces.ViewState", viewState(page.body()));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(secretariat.get("/api/tasks/" + task).json().getString("state")).isEqualTo("ACCEPTED");
    }

    @Test
    void openingANoticeByGetNeedsTheTokenOfOurOwnLinks() {
        String code = Demo.unique("PV-");
        int task = assign(code);
        JsonObject notice = awaitNotice(code);
        Api head = signedIn(Api.FINANCE_HEAD);

        Api.Reply forged = head.get("/open.xhtml?notice=" + notice.getInt("id"));
        assertThat(shown(head, forged).body()).contains("Trang đã hết hạn hoặc liên kết không hợp lệ");
        assertThat(unread(code)).isTrue();

        Matcher link = Pattern.compile("href=\"(/open\\.xhtml\\?[^\"]*notice=" + notice.getInt("id") + "(&[^\"]*)?)\"")
                .matcher(head.get("/inbox.xhtml").body());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).contains("jakarta.faces.Token=");
        Api.Reply opened = head.get(link.group(1).replace("&amp;", "&"));
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/task.xhtml?id=" + task);
        assertThat(unread(code)).isFalse();
    }

    @Test
    void theSecretariatsPagesAnswer403ToEveryoneElse() {
        for (String user : new String[] {Api.FINANCE_HEAD, Api.COMMITTEE}) {
            Api browser = signedIn(user);
            for (String page : new String[] {"queue", "assign", "import", "units", "outbox", "plans"}) {
                Api.Reply reply = browser.get("/secretariat/" + page + ".xhtml");
                assertThat(reply.status()).as(user + " " + page).isEqualTo(403);
                assertThat(reply.body()).contains("Bạn không có quyền mở trang này.");
            }
        }
        Api browser = signedIn(Api.SECRETARIAT);
        for (String page : new String[] {"queue", "assign", "import", "units", "outbox", "plans"}) {
            assertThat(browser.get("/secretariat/" + page + ".xhtml").status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void theAuditLogPageIsTheAdministratorsAloneAndItsChainChecksOut() {
        for (String user : new String[] {Api.SECRETARIAT, Api.FINANCE_HEAD, Api.COMMITTEE}) {
            assertThat(signedIn(user).get("/admin/audit.xhtml").status()).as(user).isEqualTo(403);
        }
        Api admin = signedIn(Api.ADMIN);
        Api.Reply page = admin.get("/admin/audit.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký bảo mật", "Đăng nhập", Api.ADMIN);
        assertThat(admin.get("/secretariat/settings.xhtml").body()).contains("Bảo mật đăng nhập", "Bắt buộc xác thực hai lớp");
        assertThat(signedIn(Api.SECRETARIAT).get("/secretariat/settings.xhtml").body()).doesNotContain("Bảo mật đăng nhập");
    }

    @Test
    void aTaskOfAnotherUnitIsNotFoundAndItsTitleNeverSent() {
        String code = Demo.unique("NF-");
        int task = assign(code);
        Api other = signedIn("giamdoc.snv@chidao.local");

        Api.Reply page = other.get("/task.xhtml?id=" + task);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy nhiệm vụ").doesNotContain(code, "Kiểm thử bảo mật trang");
        assertThat(other.get("/task.xhtml?id=999999999").status()).isEqualTo(404);
        assertThat(signedIn(Api.FINANCE_HEAD).get("/task.xhtml?id=" + task).body()).contains("Kiểm thử bảo mật trang");
    }

    private static int assign(String code) {
        return Demo.assign(code, "Kiểm thử bảo mật trang " + code, "STC");
    }

    private static Api signedIn(String user) {
        Api browser = Api.browser();
        assertThat(browser.postForm("/signin", "username", user, "password", Api.DEMO_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    /** The page a browser ends up showing: the answer itself, or where it redirects to. */
    private static Api.Reply shown(Api browser, Api.Reply reply) {
        if (reply.status() != 302) {
            return reply;
        }
        String location = reply.header("Location");
        return browser.get(location.substring(location.indexOf('/', location.indexOf("//") + 2)));
    }

    private static String viewState(String page) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static JsonObject awaitNotice(String code) {
        return await("a notice about " + code).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(Api.FINANCE_HEAD).get("/api/inbox").array().getValuesAs(JsonObject.class).stream()
                        .filter(item -> item.getString("subject").contains(code)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static boolean unread(String code) {
        return Api.as(Api.FINANCE_HEAD).get("/api/inbox?unread=true").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("subject").contains(code));
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** Sign-in on the real server: form sign-in for pages, HTTP authentication and 401 JSON for the API. */
class SignInIT {

    @Test
    void apiWithoutCredentialsAnswers401InJsonNeverALoginPage() {
        Api.Reply reply = Api.anonymous().get("/api/units");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().getString("message")).isEqualTo("Bạn cần đăng nhập để dùng chức năng này.");
    }

    @Test
    void apiAnswersInEnglishWhenAskedTo() {
        Api.Reply reply = Api.anonymous().inEnglish().get("/api/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("message")).isEqualTo("You must sign in to use this function.");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Api.Reply wrongPassword = Api.as(Api.COMMITTEE, "not-the-password").get("/api/me");
        Api.Reply unknownUser = Api.as("nobody-at-all@chidao.local", "not-the-password").get("/api/me");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    }

    @Test
    void demoAccountSignsInAndSeesItsUnitAndRoles() {
        Api.Reply reply = Api.as(Api.FINANCE_HEAD).get("/api/me");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject me = reply.json();
        assertThat(me.getString("fullName")).isEqualTo("Giám đốc Sở Tài chính");
        assertThat(me.getJsonObject("unit").getString("code")).isEqualTo("STC");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("UNIT_HEAD");
    }

    @Test
    void aPageWithoutSignInLeadsToTheVietnameseSignInPage() {
        Api browser = Api.browser();
        Api.Reply page = browser.get("/index.xhtml");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login.xhtml");
        Api.Reply signIn = browser.get("/login.xhtml");
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).contains("Đăng nhập", "Mật khẩu", "Địa chỉ e-mail");
    }

    @Test
    void formSignInGivesANewSessionAndOpensThePageAskedFor() {
        Api browser = Api.browser();
        Api.Reply first = browser.get("/index.xhtml");
        String sessionBefore = cookie(first, "CHIDAO_SESSION");

        Api.Reply signIn = browser.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/index.xhtml");
        String sessionAfter = cookie(signIn, "CHIDAO_SESSION");
        assertThat(sessionAfter).isNotNull().isNotEqualTo(sessionBefore);
        Api.Reply home = browser.get("/index.xhtml");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào, Giám đốc Sở Tài chính", "Sở Tài chính");
    }

    @Test
    void wrongFormPasswordReturnsToTheSignInPageWithAnError() {
        Api browser = Api.browser();
        Api.Reply signIn = browser.postForm("/signin", "username", Api.SECRETARIAT, "password", "sai mật khẩu");

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/login.xhtml?error=failed");
        assertThat(browser.get("/login.xhtml?error=failed").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.get("/index.xhtml").status()).isEqualTo(302);
    }

    @Test
    void signOutEndsTheSession() {
        Api browser = Api.browser();
        browser.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        assertThat(browser.get("/index.xhtml").status()).isEqualTo(200);

        Api.Reply signOut = browser.postForm("/signout");

        assertThat(signOut.status()).isEqualTo(302);
        assertThat(browser.get("/index.xhtml").status()).isEqualTo(302);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aSignedInBrowserReachesTheApiButCannotChangeAnythingWithoutTheCsrfHeader() {
        Api browser = Api.browser();
        browser.postForm("/signin", "username", Api.ADMIN, "password", Api.DEMO_PASSWORD);
        assertThat(browser.get("/api/me").status()).isEqualTo(200);

        String unit = "{\"code\":\"CSRF-TEST\",\"name\":\"Đơn vị thử\",\"kind\":\"PARTNER\"}";
        Api.Reply forged = browser.post("/api/units", unit);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(Api.as(Api.ADMIN).get("/api/units").body()).doesNotContain("CSRF-TEST");
        assertThat(browser.get("/api/me").status()).as("the refusal leaves the person's session as it was").isEqualTo(200);
    }

    /** Another site's form cannot sign a browser into an account of its choosing (login CSRF). */
    @Test
    void aSignInPostedFromAnotherSiteSignsNobodyIn() {
        Api browser = Api.browser();
        Api.Reply forged = browser.postFormFrom("http://evil.example", "/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.header("Location")).contains("/login.xhtml?error=failed");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);

        Api.Reply own = browser.postFormFrom(Api.BASE_URL, "/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        assertThat(own.header("Location")).doesNotContain("error");
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
    }

    /** A malformed Authorization header gets one JSON answer, not the JSON followed by the server's HTML error page. */
    @Test
    void aMalformedBasicHeaderGetsOneJsonAnswer() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String header : new String[] {"Basic Zm9v", "Basic %%%", "Basic "}) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Api.BASE_URL + "/api/me")).header("Authorization", header).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(header).isEqualTo(401);
            assertThat(answer.body()).as(header).startsWith("{").endsWith("}").doesNotContain("<html", "Exception");
        }
    }

    @Test
    void repeatedFailuresMakeTheCallerWait() {
        Api guesser = Api.as("throttle-test@chidao.local", "guess");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/me").status()).isEqualTo(401);
        }

        Api.Reply blocked = guesser.get("/api/me");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isPositive();
    }

    /**
     * Blanks, case and Unicode form around a name do not buy fresh guesses: the throttle counts the account as sign-in reads
     * it, in the database (every server sees the same count). Even the right password then waits.
     */
    @Test
    void guessesUnderVariantsOfTheNameCountAsOneAccount() {
        String email = Demo.unique("doan.").toLowerCase() + "@dongnai.gov.vn";
        String password = "một câu mật khẩu đủ dài";
        Api admin = Api.as(Api.ADMIN);
        assertThat(admin.post("/api/people", "{\"email\":\"" + email + "\",\"fullName\":\"Chuyên viên thử\",\"unitId\":"
                + Demo.unit("STC") + ",\"roles\":[\"UNIT_OFFICER\"],\"password\":\"" + password + "\"}").status()).isEqualTo(201);
        for (String variant : new String[] {" " + email, "  " + email, email.toUpperCase(), email + " ", "\t" + email}) {
            assertThat(Api.as(variant, "sai-mat-khau-" + variant.length()).get("/api/me").status()).isEqualTo(401);
        }
        Api.Reply right = Api.as(email, password).get("/api/me");
        assertThat(right.status()).as("five guesses, whatever the spelling of the name").isEqualTo(429);
        assertThat(Long.parseLong(right.header("Retry-After"))).isPositive();
    }

    /** The current password asked when changing it is guessed no more cheaply than at sign-in. */
    @Test
    void theCurrentPasswordOfAPasswordChangeIsThrottledToo() {
        String email = Demo.unique("doi.").toLowerCase() + "@dongnai.gov.vn";
        String password = "một câu mật khẩu đủ dài";
        assertThat(Api.as(Api.ADMIN).post("/api/people", "{\"email\":\"" + email + "\",\"fullName\":\"Chuyên viên thử\",\"unitId\":"
                + Demo.unit("STC") + ",\"roles\":[\"UNIT_OFFICER\"],\"password\":\"" + password + "\"}").status()).isEqualTo(201);
        Api me = Api.as(email, password);
        for (int i = 0; i < 5; i++) {
            assertThat(me.post("/api/me/password", "{\"currentPassword\":\"doan-" + i + "\",\"newPassword\":\"một câu mới đủ dài\"}")
                    .status()).isEqualTo(400);
        }
        Api.Reply blocked = me.post("/api/me/password", "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"một câu mới đủ dài\"}");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotNull();
    }

    @Test
    void setupIsClosedOnceAnAdministratorExists() {
        Api.Reply reply = Api.anonymous().post("/api/setup",
                "{\"token\":\"guessed\",\"email\":\"qtht@example.gov.vn\",\"fullName\":\"Quản trị\",\"password\":\"mot-mat-khau-dai\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("message")).isEqualTo("Hệ thống đã có quản trị viên; mã thiết lập không còn hiệu lực.");
        assertThat(Api.as("qtht@example.gov.vn", "mot-mat-khau-dai").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void theStartPageShowsEachPersonOnlyTheTasksTheyMaySee() {
        Api head = Api.browser();
        head.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        Api secretariat = Api.browser();
        secretariat.postForm("/signin", "username", Api.SECRETARIAT, "password", Api.DEMO_PASSWORD);

        String headsPage = head.get("/index.xhtml").body();
        String secretariatsPage = secretariat.get("/index.xhtml").body();

        assertThat(headsPage).contains("Nhiệm vụ theo tình trạng", "Hoàn thành đúng hạn")
                .doesNotContain("Xây dựng kế hoạch chuyển đổi số năm 2025 của huyện Bù Đăng");
        assertThat(secretariatsPage).contains("Nhiệm vụ quá hạn lâu nhất", "Xây dựng kế hoạch chuyển đổi số năm 2025 của huyện Bù Đăng");
    }

    private static String cookie(Api.Reply reply, String name) {
        return reply.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst().orElse(null);
    }
}

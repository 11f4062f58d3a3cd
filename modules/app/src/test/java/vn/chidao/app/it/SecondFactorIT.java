package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.bastiaanjansen.otp.TOTPGenerator;

/**
 * Two-step verification (TOTP, RFC 6238), recovery codes, personal API tokens and revocation kept in the database — driven as
 * a person with an authenticator app and a program would, the codes computed here with the library independently of the
 * server.
 */
class SecondFactorIT {

    private static final String PASSWORD = "một câu mật khẩu đủ dài";

    private final Api admin = Api.as(Api.ADMIN);
    /** The accounts made here, deactivated afterwards: the mail tests count who receives what. */
    private final List<String> made = new java.util.ArrayList<>();

    @AfterEach
    void deactivateTheAccountsMadeHere() {
        for (JsonObject person : admin.get("/api/people").array().getValuesAs(JsonObject.class)) {
            if (made.contains(person.getString("email")) && person.getBoolean("active")) {
                admin.patch("/api/people/" + person.getInt("id"), "{\"version\":" + person.getInt("version") + ",\"active\":false}");
            }
        }
    }

    @Test
    void withASecondFactorThePasswordAloneOpensNothingAndEachCodeWorksOnce() {
        String email = account("UNIT_OFFICER");
        Api basic = Api.as(email, PASSWORD);
        assertThat(basic.get("/api/me/second-factor").json().getBoolean("enabled")).isFalse();

        JsonObject enrolment = basic.post("/api/me/second-factor/enrolment", "{}").json();
        String secret = enrolment.getString("secret").replace(" ", "");
        assertThat(enrolment.getString("uri")).startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(enrolment.getString("qrSvg")).startsWith("<svg");
        String now = code(secret, 0);
        Api.Reply wrong = basic.post("/api/me/second-factor", "{\"code\":\"" + other(now) + "\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        Api.Reply confirmed = basic.post("/api/me/second-factor", "{\"code\":\"" + now + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString::getString))
                .hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

        // the right password alone: no API, and the form asks for the code
        Api.Reply passwordOnly = basic.get("/api/me");
        assertThat(passwordOnly.status()).isEqualTo(401);
        assertThat(passwordOnly.json().getString("message")).contains("mã truy cập cá nhân");
        Api browser = Api.browser();
        assertThat(browser.postForm("/signin", "username", email, "password", PASSWORD).header("Location")).endsWith("/login-code.xhtml");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        // the code already used at enrolment is not accepted again; the next one is
        assertThat(browser.postForm("/signin/code", "code", now).header("Location")).endsWith("/login-code.xhtml?error=failed");
        assertThat(browser.postForm("/signin/code", "code", code(secret, 1)).header("Location")).doesNotContain("login");
        assertThat(browser.get("/api/me").json().getString("email")).isEqualTo(email);

        // a program uses a personal token: shown once, kept as a digest, READ cannot write, revoked is dead
        browser.always("X-Requested-With", "XMLHttpRequest");
        Api.Reply created = browser.post("/api/me/tokens", "{\"name\":\"Đồng bộ báo cáo\",\"scope\":\"READ\",\"days\":30}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().getString("token");
        assertThat(token).startsWith("cd_").hasSizeGreaterThan(40);
        Api program = Api.withToken(token);
        assertThat(program.get("/api/me").json().getString("email")).isEqualTo(email);
        assertThat(program.get("/api/me/tokens").body()).contains("Đồng bộ báo cáo").doesNotContain(token);
        Api.Reply readOnly = program.post("/api/me/tokens", "{\"name\":\"x\",\"scope\":\"WRITE\",\"days\":1}");
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.json().getString("message")).contains("chỉ được đọc");
        assertThat(browser.delete("/api/me/tokens/" + created.json().getJsonObject("view").getInt("id")).status()).isEqualTo(204);
        assertThat(program.get("/api/me").status()).isEqualTo(401);
        assertThat(Api.withToken("cd_" + "A".repeat(43)).get("/api/me").status()).isEqualTo(401);

        assertThat(admin.get("/api/audit?who=" + email).array().getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("SECOND_FACTOR_ENABLED", "SECOND_FACTOR_FAILED", "SIGN_IN", "TOKEN_CREATED", "TOKEN_REVOKED");
    }

    @Test
    void aRecoveryCodeWorksOnceAndSwitchingOffTakesThePasswordAndACode() {
        String email = account("UNIT_HEAD");
        Api basic = Api.as(email, PASSWORD);
        String secret = basic.post("/api/me/second-factor/enrolment", "{}").json().getString("secret").replace(" ", "");
        List<String> recovery = basic.post("/api/me/second-factor", "{\"code\":\"" + code(secret, 0) + "\"}").json()
                .getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);

        Api phoneLost = Api.browser();
        phoneLost.postForm("/signin", "username", email, "password", PASSWORD);
        assertThat(phoneLost.postForm("/signin/code", "code", recovery.get(0).toUpperCase()).header("Location")).doesNotContain("login");
        assertThat(phoneLost.get("/api/me").status()).isEqualTo(200);
        Api again = Api.browser();
        again.postForm("/signin", "username", email, "password", PASSWORD);
        assertThat(again.postForm("/signin/code", "code", recovery.get(0)).header("Location")).contains("error=failed");
        phoneLost.always("X-Requested-With", "XMLHttpRequest");
        assertThat(phoneLost.get("/api/me/second-factor").json().getInt("recoveryCodesLeft")).isEqualTo(9);

        assertThat(phoneLost.delete("/api/me/second-factor", "{\"password\":\"không phải mật khẩu này\",\"code\":\""
                + code(secret, 1) + "\"}").status()).isEqualTo(400);
        Api.Reply off = phoneLost.delete("/api/me/second-factor", "{\"password\":\"" + PASSWORD + "\",\"code\":\"" + code(secret, 1) + "\"}");
        assertThat(off.status()).as(off.toString()).isEqualTo(204);
        assertThat(basic.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenActsWithItsOwnersRightsAndEndsWithSignOutEverywhereExpiryAndDeactivation() throws Exception {
        String email = account("UNIT_HEAD");
        Api basic = Api.as(email, PASSWORD);
        int task = Demo.assign(Demo.unique("TK-"), "Nhiệm vụ báo cáo qua chương trình", "SDTTG");
        String first = token(basic, "WRITE");
        assertThat(Api.withToken(first).post("/api/tasks/" + task + "/progress", "{\"text\":\"Báo cáo tự động.\",\"percent\":20}")
                .status()).isEqualTo(201);
        int elsewhere = Demo.assign(Demo.unique("TK-"), "Nhiệm vụ của Sở Nội vụ", "SNV");
        assertThat(Api.withToken(first).get("/api/tasks/" + elsewhere).status()).isEqualTo(404);

        Api browser = Api.browser();
        browser.postForm("/signin", "username", email, "password", PASSWORD);
        assertThat(basic.delete("/api/me/sessions").status()).isEqualTo(204);
        assertThat(Api.withToken(first).get("/api/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);

        String second = token(basic, "READ");
        assertThat(Api.withToken(second).get("/api/me").status()).isEqualTo(200);
        try (Connection db = DriverManager.getConnection(System.getProperty("chidao.db.url"), "root", "");
             PreparedStatement expire = db.prepareStatement("update org_api_token set expires_at = ? where person_id ="
                     + " (select id from org_person where email = ?)")) {
            expire.setObject(1, java.time.LocalDateTime.now().minusMinutes(1));
            expire.setString(2, email);
            expire.executeUpdate();
        }
        assertThat(Api.withToken(second).get("/api/me").status()).isEqualTo(401);

        String third = token(basic, "READ");
        JsonObject person = admin.get("/api/people").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").equals(email)).findFirst().orElseThrow();
        assertThat(admin.patch("/api/people/" + person.getInt("id"), "{\"version\":" + person.getInt("version") + ",\"active\":false}")
                .status()).isEqualTo(200);
        assertThat(Api.withToken(third).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aRevocationWrittenByAnotherServerEndsTheSessionHere() throws Exception {
        String email = account("UNIT_OFFICER");
        Api browser = Api.browser();
        browser.postForm("/signin", "username", email, "password", PASSWORD);
        assertThat(browser.get("/api/me").status()).isEqualTo(200);
        // what a password change on another server leaves behind: the moment, in the shared database
        try (Connection db = DriverManager.getConnection(System.getProperty("chidao.db.url"), "root", "");
             PreparedStatement revoke = db.prepareStatement("update org_person set sessions_revoked_at = ? where email = ?")) {
            revoke.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
            revoke.setString(2, email);
            revoke.executeUpdate();
        }
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void whenStaffMustUseASecondFactorTheyEnrolBeforeAnythingElse() {
        String adminToken = token(admin, "WRITE");
        Api administrator = Api.withToken(adminToken);
        assertThat(administrator.put("/api/settings/security", "{\"secondFactor\":\"NOPE\"}").status()).isEqualTo(400);
        String secretary = account("SECRETARIAT");
        String officer = account("UNIT_OFFICER");
        assertThat(administrator.put("/api/settings/security", "{\"secondFactor\":\"STAFF\"}").status()).isEqualTo(200);
        try {
            Api.Reply basic = Api.as(secretary, PASSWORD).get("/api/tasks");
            assertThat(basic.status()).isEqualTo(401);
            assertThat(basic.json().getString("message")).contains("phải bật xác thực hai lớp");
            assertThat(Api.as(officer, PASSWORD).get("/api/me").status()).isEqualTo(200);

            Api browser = Api.browser().always("X-Requested-With", "XMLHttpRequest");
            browser.postForm("/signin", "username", secretary, "password", PASSWORD);
            assertThat(browser.get("/tasks.xhtml").header("Location")).endsWith("/account.xhtml?enrol=1");
            Api.Reply refused = browser.get("/api/tasks");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().getString("message")).contains("xác thực hai lớp");
            assertThat(browser.post("/api/me/tokens", "{\"name\":\"x\",\"scope\":\"READ\",\"days\":1}").status()).isEqualTo(403);
            assertThat(browser.get("/account.xhtml").status()).isEqualTo(200);

            String secret = browser.post("/api/me/second-factor/enrolment", "{}").json().getString("secret").replace(" ", "");
            assertThat(browser.post("/api/me/second-factor", "{\"code\":\"" + code(secret, 0) + "\"}").status()).isEqualTo(200);
            assertThat(browser.get("/tasks.xhtml").status()).isEqualTo(200);
            assertThat(browser.get("/api/tasks").status()).isEqualTo(200);
        } finally {
            assertThat(administrator.put("/api/settings/security", "{\"secondFactor\":\"OPTIONAL\"}").status()).isEqualTo(200);
        }
    }

    private String account(String role) {
        String email = Demo.unique("hai.lop.").toLowerCase() + "@dongnai.gov.vn";
        // a unit the other tests leave alone (Sở Dân tộc và Tôn giáo)
        String unit = role.startsWith("UNIT") ? ",\"unitId\":" + Demo.unit("SDTTG") : "";
        Api.Reply created = admin.post("/api/people", "{\"email\":\"" + email + "\",\"fullName\":\"Chuyên viên thử\"" + unit
                + ",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        made.add(email);
        return email;
    }

    private static String token(Api owner, String scope) {
        Api.Reply created = owner.post("/api/me/tokens", "{\"name\":\"Chương trình " + scope + "\",\"scope\":\"" + scope + "\",\"days\":7}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("token");
    }

    /** The code of the current 30-second step plus {@code ahead}, as an authenticator app makes it. */
    private static String code(String secret, int ahead) {
        TOTPGenerator generator = new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII)).build();
        return generator.at(Instant.now().plusSeconds(30L * ahead));
    }

    private static String other(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}

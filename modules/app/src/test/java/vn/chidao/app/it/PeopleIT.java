package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Accounts: the administrator creates and changes them; a change of password or a deactivation takes effect at once. */
class PeopleIT {

    private static final String PASSWORD = "mat-khau-ban-dau-2025";


    private final Api admin = Api.as(Api.ADMIN);

    @Test
    void theAdministratorCreatesAUnitHeadWhoThenSignsIn() {
        String email = Demo.unique("giamdoc.sct.").toLowerCase() + "@binhphuoc.gov.vn";

        Api.Reply created = admin.post("/api/people", person(email, Demo.unit("SCT")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject me = Api.as(email, PASSWORD).get("/api/me").json();
        assertThat(me.getJsonObject("unit").getString("code")).isEqualTo("SCT");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("UNIT_HEAD");
        assertThat(admin.post("/api/people", person(email.toUpperCase(), Demo.unit("SCT"))).status()).isEqualTo(400);
    }

    @Test
    void badAccountsAreRefusedWithAMessagePerField() {
        Api.Reply noUnit = admin.post("/api/people", "{\"email\":\"" + Demo.unique("x") + "@b.vn\",\"fullName\":\"Chuyên viên\","
                + "\"roles\":[\"UNIT_OFFICER\"],\"password\":\"" + PASSWORD + "\"}");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Thủ trưởng và chuyên viên đầu mối phải thuộc một đơn vị.");
        Api.Reply weak = admin.post("/api/people", "{\"email\":\"not-an-email\",\"fullName\":\"\",\"roles\":[],\"password\":\"123\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("fullName", "roles", "password");
    }

    @Test
    void commonBlankAndOverlongPasswordsAreRefusedWithTheirOwnMessage() {
        String start = "{\"email\":\"" + Demo.unique("p").toLowerCase() + "@b.vn\",\"fullName\":\"Chuyên viên\",\"unitId\":"
                + Demo.unit("STC") + ",\"roles\":[\"UNIT_OFFICER\"],\"password\":\"";
        for (String[] refused : new String[][] {
            {"password1234", "Mật khẩu này quá phổ biến"}, {"aaaaaaaaaaaa", "Mật khẩu này quá phổ biến"},
            {"            ", "Mật khẩu phải có ít nhất 12 ký tự."}, {"x".repeat(201), "Mật khẩu dài tối đa 128 ký tự."}}) {
            Api.Reply reply = admin.post("/api/people", start + refused[0] + "\"}");
            assertThat(reply.status()).as(refused[0]).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message")).startsWith(refused[1]);
        }
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        String body = person(Demo.unique("y") + "@b.vn", Demo.unit("STC"));
        assertThat(Api.as(Api.SECRETARIAT).post("/api/people", body).status()).isEqualTo(403);
        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/people", body).status()).isEqualTo(403);
        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/people").status()).isEqualTo(403);
        assertThat(Api.as(Api.SECRETARIAT).get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountLosesItsOpenSessionAtOnce() {
        String email = Demo.unique("tam.") .toLowerCase() + "@binhphuoc.gov.vn";
        JsonObject person = admin.post("/api/people", person(email, Demo.unit("SNV"))).json();
        Api browser = Api.browser();
        browser.postForm("/signin", "username", email, "password", PASSWORD);
        assertThat(browser.get("/index.xhtml").status()).isEqualTo(200);

        Api.Reply deactivated = admin.patch("/api/people/" + person.getInt("id"), "{\"version\":" + person.getInt("version")
                + ",\"active\":false}");

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(browser.get("/index.xhtml").status()).isEqualTo(302);
        assertThat(Api.as(email, PASSWORD).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void changingOnesPasswordRetiresTheOldOne() {
        String email = Demo.unique("doi.").toLowerCase() + "@binhphuoc.gov.vn";
        admin.post("/api/people", person(email, Demo.unit("SYT")));
        Api me = Api.as(email, PASSWORD);
        assertThat(me.get("/api/me").status()).isEqualTo(200);

        assertThat(me.post("/api/me/password", "{\"currentPassword\":\"sai\",\"newPassword\":\"mat-khau-moi-2026\"}").status())
                .isEqualTo(400);
        assertThat(me.post("/api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"mat-khau-moi-2026\"}")
                .status()).isEqualTo(204);

        assertThat(Api.as(email, PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(Api.as(email, "mat-khau-moi-2026").get("/api/me").status()).isEqualTo(200);
    }

    private static String person(String email, int unit) {
        return "{\"email\":\"" + email + "\",\"fullName\":\"Giám đốc thử nghiệm\",\"unitId\":" + unit
                + ",\"roles\":[\"UNIT_HEAD\"],\"language\":\"vi\",\"password\":\"" + PASSWORD + "\"}";
    }
}

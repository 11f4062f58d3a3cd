package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The security audit log: sign-ins, their failures, password and account changes leave an entry with who, when (with the
 * offset), from where; only administrators read it; a row changed behind the application's back breaks the SHA-256 chain at
 * that row, and the check says which.
 */
class AuditIT {

    private final Api admin = Api.as(Api.ADMIN);

    @Test
    void signInsPasswordAndAccountChangesAreRecordedAndOnlyAdministratorsReadThem() {
        String email = Demo.unique("kiemtoan.").toLowerCase() + "@dongnai.gov.vn";
        String password = "một câu mật khẩu đủ dài";
        assertThat(admin.post("/api/people", "{\"email\":\"" + email + "\",\"fullName\":\"Chuyên viên thử\",\"unitId\":" + Demo.unit("STC")
                + ",\"roles\":[\"UNIT_OFFICER\"],\"password\":\"" + password + "\"}").status()).isEqualTo(201);
        assertThat(Api.as(email, "sai-mat-khau-roi").get("/api/me").status()).isEqualTo(401);
        Api browser = Api.browser();
        browser.postForm("/signin", "username", email, "password", password);
        assertThat(Api.as(email, password).post("/api/me/password",
                "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"một câu mới cũng đủ dài\"}").status()).isEqualTo(204);

        List<JsonObject> entries = admin.get("/api/audit?who=" + email).array().getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action"))
                .containsSubsequence("PASSWORD_CHANGED", "SIGN_IN", "SIGN_IN_FAILED", "ACCOUNT_CREATED");
        JsonObject created = entries.stream().filter(e -> e.getString("action").equals("ACCOUNT_CREATED")).findFirst().orElseThrow();
        assertThat(created.getString("actor")).isEqualTo(Api.ADMIN);
        assertThat(created.getString("address")).isNotBlank();
        assertThat(created.getString("at")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");

        assertThat(Api.as(Api.SECRETARIAT).get("/api/audit").status()).isEqualTo(403);
        assertThat(Api.as(Api.SECRETARIAT).get("/api/audit/verify").status()).isEqualTo(403);
        assertThat(admin.get("/api/audit?action=NOPE").status()).isEqualTo(400);
    }

    @Test
    void askingForAnotherUnitsTaskIsAnsweredAsMissingAndRecorded() {
        int task = Demo.assign(Demo.unique("AU-"), "Nhiệm vụ của Sở Tài chính", "STC");
        Api other = Api.as("giamdoc.snv@chidao.local");
        assertThat(other.get("/api/tasks/" + task).status()).isEqualTo(404);
        assertThat(admin.get("/api/audit?who=giamdoc.snv@chidao.local&action=ACCESS_REFUSED").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("subject")).contains("task " + task);
        assertThat(Api.as(Api.COMMITTEE).post("/api/tasks/" + task + "/suspend", "{\"version\":0,\"reason\":\"Thử\"}").status())
                .isEqualTo(403);
        assertThat(admin.get("/api/audit?who=thanhvien@chidao.local&action=ACCESS_REFUSED").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("subject") + " " + e.getString("detail")).contains("task " + task + " SUSPEND");
    }

    @Test
    void aRowChangedBehindTheApplicationsBackBreaksTheChainThere() throws Exception {
        assertThat(Api.as("khong-co-ai@dongnai.gov.vn", "doan-thu-mot-lan").get("/api/me").status()).isEqualTo(401);
        JsonObject before = admin.get("/api/audit/verify").json();
        assertThat(before.containsKey("firstBroken")).as(before.toString()).isFalse();
        long seq = admin.get("/api/audit?who=khong-co-ai@dongnai.gov.vn").array().getJsonObject(0).getJsonNumber("seq").longValue();

        try (Connection db = DriverManager.getConnection(System.getProperty("chidao.db.url"), "root", "")) {
            String detail;
            try (PreparedStatement read = db.prepareStatement("select detail from org_audit where seq = ?")) {
                read.setLong(1, seq);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    detail = rs.getString(1);
                }
            }
            try {
                update(db, seq, "sửa lén");
                JsonObject broken = admin.get("/api/audit/verify").json();
                assertThat(broken.getJsonNumber("firstBroken").longValue()).isEqualTo(seq);
                assertThat(broken.getJsonNumber("entries").longValue()).isEqualTo(seq - 1 - broken.getJsonNumber("after").longValue());
            } finally {
                update(db, seq, detail);
            }
        }
        assertThat(admin.get("/api/audit/verify").json().containsKey("firstBroken")).isFalse();
    }

    @Test
    void entriesPastTheRetentionAreRemovedAndTheChainStillVerifiesFromWhereTheyEnded() throws Exception {
        Api.Reply tooShort = admin.put("/api/settings/security", "{\"auditRetentionDays\":30}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("auditRetentionDays");
        assertThat(admin.put("/api/settings/security", "{\"sessionMaxHours\":48}").status()).isEqualTo(400);
        assertThat(admin.put("/api/settings/security", "{\"auditRetentionDays\":365}").json().getInt("auditRetentionDays")).isEqualTo(365);
        assertThat(admin.get("/api/audit/verify").json().containsKey("firstBroken")).isFalse();

        long oldest;
        try (Connection db = DriverManager.getConnection(System.getProperty("chidao.db.url"), "root", "");
             java.sql.Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("select min(seq) from org_audit")) {
                rs.next();
                oldest = rs.getLong(1);
            }
            // the three oldest entries, as if written 400 days ago (their hashes no longer fit: they must go, not be checked)
            sql.executeUpdate("update org_audit set at = at - interval 400 day where seq <= " + (oldest + 2));
        }
        JsonObject pruned = admin.post("/api/audit/prune", "{}").json();

        assertThat(pruned.getInt("removed")).isEqualTo(3);
        JsonObject verified = admin.get("/api/audit/verify").json();
        assertThat(verified.containsKey("firstBroken")).as(verified.toString()).isFalse();
        assertThat(verified.getJsonNumber("after").longValue()).isEqualTo(oldest + 2);
        assertThat(admin.get("/api/audit?action=AUDIT_PRUNED").array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("detail")).startsWith("3 entries older than 365 days"));
        assertThat(Api.as(Api.SECRETARIAT).post("/api/audit/prune", "{}").status()).isEqualTo(403);
    }

    private static void update(Connection db, long seq, String detail) throws Exception {
        try (PreparedStatement change = db.prepareStatement("update org_audit set detail = ? where seq = ?")) {
            change.setString(1, detail);
            change.setLong(2, seq);
            change.executeUpdate();
        }
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The units API on Liberty and MariaDB: who may write, what bad input answers, merges. */
class UnitApiIT {

    private final Api admin = Api.as(Api.ADMIN);

    @Test
    void listsTheUnitsThatExistTodayAndThoseOfAPastDay() {
        List<String> codes = codes(Api.as(Api.COMMITTEE).get("/api/units"));

        assertThat(codes).contains("SKHCN", "STC", "SNV", "CA-TINH", "VP-UBND", "PHUONG-DONGXOAI", "XA-LOCNINH", "BAO-BP", "VNPT-BP");
        // the district level ended on 1/7/2025: its committees are in the list of 30/6/2025, not today's
        assertThat(codes).doesNotContain("DX-DONGXOAI", "DX-LOCNINH");
        assertThat(codes(Api.as(Api.COMMITTEE).get("/api/units?asOf=2025-06-30"))).contains("DX-DONGXOAI", "DX-LOCNINH")
                .doesNotContain("PHUONG-DONGXOAI");
        // merged into Sở KH&CN on 1/3/2025
        assertThat(codes).doesNotContain("STTTT", "SKHDT");
        assertThat(codes(Api.as(Api.COMMITTEE).get("/api/units?asOf=2025-02-28"))).contains("STTTT", "SKHDT");
    }

    @Test
    void theIctDepartmentsWorkIsAnsweredForByScienceAndTechnologySinceMarch2025() {
        JsonObject ict = unitByCode("STTTT");

        JsonObject today = admin.get("/api/units/" + ict.getInt("id") + "/responsible").json();
        JsonObject before = admin.get("/api/units/" + ict.getInt("id") + "/responsible?asOf=2025-02-28").json();

        assertThat(today.getJsonObject("responsible").getString("code")).isEqualTo("SKHCN");
        assertThat(today.getJsonArray("chain")).hasSize(2);
        assertThat(before.getJsonObject("responsible").getString("code")).isEqualTo("STTTT");
        assertThat(ict.getString("effectiveTo")).isEqualTo("2025-02-28");
    }

    @Test
    void onlyAnAdministratorMayCreateAUnit() {
        String code = newCode();
        for (String user : List.of(Api.SECRETARIAT, Api.FINANCE_HEAD, Api.COMMITTEE)) {
            Api.Reply refused = Api.as(user).post("/api/units", unit(code, "Đơn vị thử nghiệm"));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().getString("message")).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        }
        assertThat(codes(admin.get("/api/units?all=true"))).doesNotContain(code);
    }

    @Test
    void administratorCreatesAUnitWithVietnameseName() {
        String code = newCode();

        Api.Reply created = admin.post("/api/units", unit(code, "Trung tâm Chuyển đổi số tỉnh"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/units/");
        JsonObject read = admin.get("/api/units/" + created.json().getInt("id")).json();
        assertThat(read.getString("name")).isEqualTo("Trung tâm Chuyển đổi số tỉnh");
        assertThat(read.getString("code")).isEqualTo(code);
        assertThat(read.getBoolean("active")).isTrue();
    }

    @Test
    void missingFieldsAnswer400WithAMessagePerFieldAndCreateNothing() {
        Api.Reply reply = admin.post("/api/units", "{\"code\":\"\",\"shortName\":\"x\"}");

        assertThat(reply.status()).isEqualTo(400);
        JsonObject body = reply.json();
        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .contains("code: Mã đơn vị là bắt buộc.", "name: Tên đơn vị là bắt buộc.", "kind: Loại đơn vị là bắt buộc.");
    }

    @Test
    void fieldMessagesComeInEnglishWhenAskedFor() {
        Api.Reply reply = Api.as(Api.ADMIN).inEnglish().post("/api/units", "{\"code\":\"OK-CODE\",\"kind\":\"PARTNER\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("The unit name is required.");
    }

    @Test
    void aDuplicateCodeAnswers400OnTheCodeField() {
        Api.Reply reply = admin.post("/api/units", unit("STC", "Sở Tài chính thứ hai"));

        assertThat(reply.status()).isEqualTo(400);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("code");
        assertThat(error.getString("message")).isEqualTo("Mã đơn vị STC đã tồn tại.");
    }

    @Test
    void malformedJsonAnswers400InJson() {
        Api.Reply reply = admin.post("/api/units", "{\"code\": \"X\", \"kind\": \"NOT_A_KIND\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getInt("status")).isEqualTo(400);
    }

    @Test
    void anUnknownUnitAnswers404() {
        Api.Reply reply = admin.get("/api/units/987654321");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("message")).isEqualTo("Không tìm thấy đơn vị có mã số 987654321.");
    }

    @Test
    void mergingAUnitIntoItselfAnswers400AndChangesNothing() {
        int id = create(newCode());

        Api.Reply reply = admin.post("/api/units/" + id + "/merge", "{\"successorId\":" + id + ",\"effective\":\"2026-01-01\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("message")).isEqualTo("Không thể sáp nhập một đơn vị vào chính nó.");
        assertUnchanged(id);
    }

    @Test
    void mergingIntoAUnitThatNoLongerExistsAnswers409AndChangesNothing() {
        int id = create(newCode());
        int ended = unitByCode("STTTT").getInt("id");

        Api.Reply reply = admin.post("/api/units/" + id + "/merge", "{\"successorId\":" + ended + ",\"effective\":\"2026-01-01\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("successorId");
        assertUnchanged(id);
    }

    @Test
    void mergingIntoAUnitThatWasNeverRecordedAnswers409AndChangesNothing() {
        int id = create(newCode());

        Api.Reply reply = admin.post("/api/units/" + id + "/merge", "{\"successorId\":987654321}");

        assertThat(reply.status()).isEqualTo(409);
        assertUnchanged(id);
    }

    @Test
    void onlyAnAdministratorMayMergeUnits() {
        int id = create(newCode());
        int successor = create(newCode());

        Api.Reply reply = Api.as(Api.SECRETARIAT).post("/api/units/" + id + "/merge", "{\"successorId\":" + successor + "}");

        assertThat(reply.status()).isEqualTo(403);
        assertUnchanged(id);
    }

    @Test
    void aMergerIsVisibleThroughTheApi() {
        int merged = create(newCode());
        int successor = create(newCode());

        Api.Reply reply = admin.post("/api/units/" + merged + "/merge",
                "{\"successorId\":" + successor + ",\"effective\":\"2025-07-01\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject unit = admin.get("/api/units/" + merged).json();
        assertThat(unit.getString("effectiveTo")).isEqualTo("2025-06-30");
        assertThat(unit.getInt("successorId")).isEqualTo(successor);
        assertThat(unit.getBoolean("active")).isFalse();
        assertThat(admin.get("/api/units/" + merged + "/responsible?asOf=2025-06-30").json()
                .getJsonObject("responsible").getInt("id")).isEqualTo(merged);
        assertThat(admin.get("/api/units/" + merged + "/responsible?asOf=2025-07-01").json()
                .getJsonObject("responsible").getInt("id")).isEqualTo(successor);
        assertThat(admin.post("/api/units/" + merged + "/merge", "{\"successorId\":" + successor + "}").status())
                .isEqualTo(409);
    }

    private void assertUnchanged(int id) {
        JsonObject unit = admin.get("/api/units/" + id).json();
        assertThat(unit.get("effectiveTo")).isIn(null, JsonValue.NULL);
        assertThat(unit.get("successorId")).isIn(null, JsonValue.NULL);
        assertThat(unit.getBoolean("active")).isTrue();
    }

    private int create(String code) {
        Api.Reply created = admin.post("/api/units", unit(code, "Đơn vị " + code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private JsonObject unitByCode(String code) {
        return admin.get("/api/units?all=true").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
    }

    private static String unit(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}";
    }

    private static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * A province sets itself up on a page, not at deployment: the administrator changes how the installation names itself
 * and the next document says so; an archived one keeps what it was made with; nobody else may change it.
 */
class SettingsIT {

    private final Api admin = Api.as(Api.ADMIN);
    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void theNextBriefingPrintsTheNewProvinceAndAnArchivedOneKeepsTheOld() {
        JsonObject before = Api.as(Api.FINANCE_HEAD).get("/api/settings").json();
        int archived = briefing();
        try {
            String dongNai = "{\"version\":" + before.getInt("version") + ",\"provinceName\":\"Đồng Nai\",\"parentBody\":\"UBND TỈNH ĐỒNG NAI\","
                    + "\"issuer\":\"BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\",\"committeeName\":\"Ban Chỉ đạo chuyển đổi số tỉnh Đồng Nai\","
                    + "\"place\":\"Đồng Nai\",\"symbol\":\"BC-BCĐCĐS\",\"recipients\":[\"- Thường trực Tỉnh ủy Đồng Nai;\",\"- Lưu: VT.\"],"
                    + "\"signerTitle\":[\"TM. BAN CHỈ ĐẠO\",\"PHÓ TRƯỞNG BAN THƯỜNG TRỰC\"],\"signerName\":\"Nguyễn Văn Thử\","
                    + "\"defaultIssuingBody\":\"UBND tỉnh Đồng Nai\"}";
            assertThat(secretariat.put("/api/settings", dongNai).status()).as("only administrators").isEqualTo(403);
            Api.Reply missing = admin.put("/api/settings", dongNai.replace("\"place\":\"Đồng Nai\"", "\"place\":\" \""));
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("place");
            assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("Địa danh");

            Api.Reply changed = admin.put("/api/settings", dongNai);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(admin.put("/api/settings", dongNai).status()).as("a stale version").isEqualTo(409);

            String text = Pdfs.text(secretariat.download("/api/reports/" + briefing() + "/content").body()).replaceAll("\\s+", " ");
            assertThat(text).contains("UBND TỈNH ĐỒNG NAI", "/BC-BCĐCĐS", "Thường trực Tỉnh ủy Đồng Nai", "Nguyễn Văn Thử")
                    .containsPattern("Đồng Nai, ngày \\d\\d tháng \\d\\d năm \\d{4}").doesNotContain("BÌNH PHƯỚC");
            assertThat(Pdfs.text(secretariat.download("/api/reports/" + archived + "/content").body()))
                    .as("an archived briefing keeps what it was made with").contains("UBND TỈNH BÌNH PHƯỚC");
            assertThat(Api.anonymous().get("/login.xhtml").body()).contains("Ban Chỉ đạo chuyển đổi số tỉnh Đồng Nai");
            assertThat(admin.get("/api/settings").json().getString("defaultIssuingBody")).isEqualTo("UBND tỉnh Đồng Nai");
        } finally {
            JsonObject now = admin.get("/api/settings").json();
            String restore = before.toString().replaceFirst("\"version\":\\d+", "\"version\":" + now.getInt("version"));
            assertThat(admin.put("/api/settings", restore).status()).isEqualTo(200);
        }
    }

    private int briefing() {
        Api.Reply created = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + Demo.document("382/KH-UBND") + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getInt("id");
    }
}

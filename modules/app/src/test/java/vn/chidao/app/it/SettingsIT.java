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
            String lamDong = "{\"version\":" + before.getInt("version") + ",\"provinceName\":\"Lâm Đồng\",\"parentBody\":\"UBND TỈNH LÂM ĐỒNG\","
                    + "\"issuer\":\"BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\",\"committeeName\":\"Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng\","
                    + "\"place\":\"Lâm Đồng\",\"symbol\":\"BC-BCĐCĐS\",\"recipients\":[\"- Thường trực Tỉnh ủy Lâm Đồng;\",\"- Lưu: VT.\"],"
                    + "\"signerTitle\":[\"TM. BAN CHỈ ĐẠO\",\"PHÓ TRƯỞNG BAN THƯỜNG TRỰC\"],\"signerName\":\"Nguyễn Văn Thử\","
                    + "\"defaultIssuingBody\":\"UBND tỉnh Lâm Đồng\"}";
            assertThat(secretariat.put("/api/settings", lamDong).status()).as("only administrators").isEqualTo(403);
            Api.Reply missing = admin.put("/api/settings", lamDong.replace("\"place\":\"Lâm Đồng\"", "\"place\":\" \""));
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("place");
            assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("Địa danh");

            Api.Reply changed = admin.put("/api/settings", lamDong);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(admin.put("/api/settings", lamDong).status()).as("a stale version").isEqualTo(409);

            String text = Pdfs.text(secretariat.download("/api/reports/" + briefing() + "/content").body()).replaceAll("\\s+", " ");
            assertThat(text).contains("UBND TỈNH LÂM ĐỒNG", "/BC-BCĐCĐS", "Thường trực Tỉnh ủy Lâm Đồng", "Nguyễn Văn Thử")
                    .containsPattern("Lâm Đồng, ngày \\d\\d tháng \\d\\d năm \\d{4}").doesNotContain("ĐỒNG NAI");
            assertThat(Pdfs.text(secretariat.download("/api/reports/" + archived + "/content").body()))
                    .as("an archived briefing keeps what it was made with").contains("UBND TỈNH ĐỒNG NAI");
            assertThat(Api.anonymous().get("/login.xhtml").body()).contains("Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng");
            assertThat(admin.get("/api/settings").json().getString("defaultIssuingBody")).isEqualTo("UBND tỉnh Lâm Đồng");
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

    @Test
    void theLogoIsAPictureTheAdministratorSetsAndTheSignInPageShows() throws java.io.IOException {
        Api anonymous = Api.anonymous();
        assertThat(anonymous.get("/api/settings/logo").status()).as("none set yet").isEqualTo(404);
        byte[] png = picture("png");
        assertThat(secretariat.uploadReplacing("/api/settings/logo", "logo.png", png).status()).isEqualTo(403);
        assertThat(anonymous.uploadReplacing("/api/settings/logo", "logo.png", png).status()).isEqualTo(401);

        // a PNG signature over anything else, an SVG (it can carry script), too large: refused with the field named
        byte[] fake = java.util.Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 64);
        for (byte[] refused : java.util.List.of(fake, "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[600 * 1024])) {
            Api.Reply reply = admin.uploadReplacing("/api/settings/logo", "logo.png", refused);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("logo");
        }
        try {
            assertThat(admin.uploadReplacing("/api/settings/logo", "quoc-huy.jpg", picture("jpg")).status()).isEqualTo(204);
            java.net.http.HttpResponse<byte[]> served = anonymous.download("/api/settings/logo");
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            String page = new String(anonymous.download("/login.xhtml").body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("/api/settings/logo?v=");
        } finally {
            assertThat(admin.delete("/api/settings/logo").status()).isEqualTo(204);
        }
        assertThat(anonymous.get("/api/settings/logo").status()).isEqualTo(404);
        assertThat(new String(anonymous.download("/login.xhtml").body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("/api/settings/logo");
    }

    @Test
    void theFirstSetUpIsClosedOnceAnAdministratorExists() {
        Api anonymous = Api.anonymous();
        java.net.http.HttpResponse<byte[]> page = anonymous.download("/setup.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("id=\"closed\"").doesNotContain("id=\"setup\"");
        assertThat(anonymous.post("/api/setup", "{\"token\":\"x\",\"email\":\"a@b.vn\",\"fullName\":\"A\","
                + "\"password\":\"mot-cau-rat-dai-de-nho\",\"provinceName\":\"Gia Lai\"}").status()).isEqualTo(409);
    }

    private static byte[] picture(String format) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillOval(4, 4, 56, 56);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}

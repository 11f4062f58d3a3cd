package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Finding a task as people type on a phone: without diacritics or capitals ("so hoa ho so", "dang ky"), by the unit or
 * the document, several words in any order (all in one field: the words of a title are not found spread over the unit's
 * name and the document's); a unit's people find only what they may see; "%" and "_" are letters, not wildcards.
 */
class TaskSearchIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void wordsFindTasksWhateverTheDiacriticsAndOnlyThoseTheCallerSees() {
        String number = Demo.unique("TK-") + "/KH-UBND";
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + number + "\",\"issueDate\":\"2026-03-01\","
                + "\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Kế hoạch cải cách hành chính điện tử\"}");
        int plan = document.json().getInt("id");
        task(plan, "Số hóa hồ sơ cán bộ, công chức", "SNV");
        task(plan, "Đăng ký doanh nghiệp trực tuyến 100% toàn trình", "STC");
        task(plan, "Xây dựng kho dữ liệu tài chính", "STC");

        assertThat(titles(secretariat, "so hoa ho so", plan)).containsExactly("Số hóa hồ sơ cán bộ, công chức");
        assertThat(titles(secretariat, "DANG KY", plan)).containsExactly("Đăng ký doanh nghiệp trực tuyến 100% toàn trình");
        assertThat(titles(secretariat, "100%", plan)).containsExactly("Đăng ký doanh nghiệp trực tuyến 100% toàn trình");
        assertThat(titles(secretariat, "10_%", plan)).as("_ is a letter").isEmpty();
        assertThat(titles(secretariat, "sở tài chính", plan)).as("by the lead unit")
                .containsExactlyInAnyOrder("Đăng ký doanh nghiệp trực tuyến 100% toàn trình", "Xây dựng kho dữ liệu tài chính");
        assertThat(titles(secretariat, "kho du lieu tai chinh", plan)).containsExactly("Xây dựng kho dữ liệu tài chính");
        assertThat(titles(secretariat, "cai cach hanh chinh dien tu", plan)).as("by the document's summary").hasSize(3);
        assertThat(titles(secretariat, "ho so so hoa", plan)).as("words in any order, all in one field")
                .containsExactly("Số hóa hồ sơ cán bộ, công chức");
        assertThat(titles(Api.as(Api.FINANCE_HEAD), "so hoa ho so", plan)).as("another unit's task").isEmpty();
        assertThat(titles(Api.as(Api.FINANCE_HEAD), "dang ky", plan)).hasSize(1);

        // ordered as a Vietnamese reader orders: Đ after D, not after Z
        assertThat(secretariat.get("/api/tasks?document=" + plan + "&sort=title").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("title")).toList())
                .containsExactly("Đăng ký doanh nghiệp trực tuyến 100% toàn trình", "Số hóa hồ sơ cán bộ, công chức",
                        "Xây dựng kho dữ liệu tài chính");
        assertThat(secretariat.get("/api/tasks?document=" + plan + "&sort=-title").json().getJsonArray("items")
                .getJsonObject(0).getString("title")).isEqualTo("Xây dựng kho dữ liệu tài chính");

        try (Browser page = Browser.signedInAs(Api.SECRETARIAT)) {
            page.open("/tasks.xhtml?document=" + plan);
            page.type(By.id("filters:q"), "so hoa");
            page.clickAndWaitForPage(By.id("filters:apply"));
            assertThat(page.url()).contains("q=so+hoa");
            assertThat(page.pageSource()).contains("Số hóa hồ sơ cán bộ").doesNotContain("Xây dựng kho dữ liệu tài chính");
        }
    }

    private void task(int plan, String title, String unit) {
        Api.Reply reply = secretariat.post("/api/tasks", "{\"documentId\":" + plan + ",\"code\":\"" + Demo.unique("S") + "\",\"title\":\""
                + title + "\",\"leadUnitId\":" + Demo.unit(unit) + ",\"deadline\":\"31/12/2027\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static List<String> titles(Api api, String words, Integer plan) {
        Api.Reply reply = api.get("/api/tasks?limit=100&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                + (plan == null ? "" : "&document=" + plan));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(t -> t.getString("title")).toList();
    }
}

package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** Nothing a signed-in person sees is kept by a browser or a proxy: every answer says no-store, PDFs and exports included. */
class CacheIT {

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void apiAnswersPagesExportsAndReportsAreNeverStored() {
        int kh382 = Demo.document("382/KH-UBND");
        assertThat(secretariat.get("/api/me").header("Cache-Control")).isEqualTo("no-store");
        assertThat(secretariat.get("/api/tasks?document=" + kh382).header("Cache-Control")).isEqualTo("no-store");
        assertThat(Api.anonymous().get("/api/me").header("Cache-Control")).as("a refusal too").isEqualTo("no-store");
        HttpResponse<byte[]> export = secretariat.download("/api/tasks/export?document=" + kh382);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Cache-Control")).hasValue("no-store");
        Api.Reply report = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + kh382 + "}");
        HttpResponse<byte[]> pdf = secretariat.download("/api/reports/" + report.json().getInt("id") + "/content");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().allValues("Cache-Control")).containsExactly("no-store");
        // Liberty adds no-cache=set-cookie when the page sets the session cookie
        assertThat(Api.anonymous().download("/login.xhtml").headers().firstValue("Cache-Control").orElseThrow()).startsWith("no-store");
    }

    /** Liberty's own error pages name internal exceptions (SRVE0190E, FileNotFoundException): the application's page answers. */
    @Test
    void anUnknownPageAnswersTheApplicationsPageWithoutInternals() {
        Api browser = Api.browser();
        browser.postForm("/signin", "username", Api.FINANCE_HEAD, "password", Api.DEMO_PASSWORD);
        Api.Reply missing = browser.get("/khong-co-trang-nay.xhtml");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"notFound\"").doesNotContain("FileNotFoundException", "SRVE", "java.io");
        Api.Reply file = Api.anonymous().get("/WEB-INF/web.xml");
        assertThat(file.body()).doesNotContain("FileNotFoundException", "SRVE", "<web-app");
    }
}

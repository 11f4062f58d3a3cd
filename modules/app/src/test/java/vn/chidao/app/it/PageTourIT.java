package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page as each audience opens it, at a desk (1366), on a small laptop (1024), a tablet (800) and a phone (390):
 * none wider than the window, none with a serious or critical accessibility violation (axe-core), each with its
 * language, a skip link and the current page marked. The screenshots stay under target/screenshots/tour.
 */
class PageTourIT {

    private static final int[] WIDTHS = {1366, 1024, 800, 390};

    @Test
    void everyPageFitsEveryWidthAndPassesAxe() {
        int kh382 = Demo.document("382/KH-UBND");
        List<JsonObject> tasks = Api.as(Api.SECRETARIAT).get("/api/tasks?limit=100&document=" + kh382).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        int anyTask = tasks.stream().filter(t -> t.getString("code").equals("19")).findFirst().orElseThrow().getInt("id");
        int ownTask = tasks.stream().filter(t -> t.getString("code").equals("2")).findFirst().orElseThrow().getInt("id");
        Map<String, List<String>> tour = new LinkedHashMap<>();
        tour.put(Api.SECRETARIAT, List.of("/index.xhtml", "/tasks.xhtml", "/task.xhtml?id=" + anyTask, "/reports.xhtml",
                "/evaluation.xhtml", "/funding.xhtml", "/inbox.xhtml", "/account.xhtml", "/secretariat/assign.xhtml",
                "/secretariat/import.xhtml", "/secretariat/outbox.xhtml", "/secretariat/plans.xhtml", "/secretariat/queue.xhtml",
                "/secretariat/settings.xhtml", "/secretariat/units.xhtml"));
        tour.put(Api.FINANCE_HEAD, List.of("/index.xhtml", "/tasks.xhtml", "/task.xhtml?id=" + ownTask, "/reports.xhtml"));
        tour.put(Api.COMMITTEE, List.of("/index.xhtml"));
        tour.put(Api.ADMIN, List.of("/admin/audit.xhtml"));

        List<String> problems = new ArrayList<>();
        try (Browser anonymous = Browser.anonymous()) {
            visit(anonymous, "anonymous", "/login.xhtml", problems);
        }
        tour.forEach((who, pages) -> {
            try (Browser browser = Browser.signedInAs(who)) {
                pages.forEach(page -> visit(browser, who, page, problems));
            }
        });
        assertThat(problems).as("pages wider than the window or with serious accessibility violations").isEmpty();
    }

    @Test
    void aUnitHeadsDashboardListsItsOpenTasksByDeadlineWithItsRoleAndNoticesAreLinks() {
        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            head.open("/index.xhtml");
            List<org.openqa.selenium.WebElement> rows = head.all(By.cssSelector("#my-tasks tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(head.all(By.cssSelector("#my-tasks .role-lead"))).as("the unit leads some of them").isNotEmpty();
            List<String> dues = head.all(By.cssSelector("#my-tasks tbody tr td:nth-child(3)")).stream().map(org.openqa.selenium.WebElement::getText)
                    .map(d -> java.time.LocalDate.parse(d, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")).toString()).toList();
            assertThat(dues).as("by deadline").isSorted();
            assertThat(head.all(By.cssSelector("#my-tasks a.report-link")).get(0).getAttribute("href")).contains("#report-panel");
            assertThat(head.all(By.cssSelector("#notices li a"))).as("each notice opens what it is about").isNotEmpty();
            assertThat(head.text(By.id("notices"))).doesNotContain("[Chỉ Đạo]");
        }
    }

    @Test
    void theSecretariatMakesAnyUnitsScorecardAsOfADayAndAUnitHeadChoosesTheWeeklyDigest() {
        int finance = Demo.unit("STC");
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(7);
        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/reports.xhtml");
            secretariat.script("PrimeFaces.getWidgetById('reports:scorecardUnit').selectValue(arguments[0])", String.valueOf(finance));
            secretariat.type(By.id("reports:asOf_input"), day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            secretariat.click(By.id("reports:scorecard"));
            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Api.as(Api.SECRETARIAT).get("/api/reports?kind=SCORECARD&limit=5")
                    .array().getValuesAs(JsonObject.class).stream().anyMatch(r -> r.containsKey("unit") && r.getInt("unit") == finance
                            && day.toString().equals(r.getString("asOf", "")) && Api.SECRETARIAT.equals(r.getString("generatedBy"))));
        }
        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            head.open("/account.xhtml");
            head.click(By.cssSelector("#notices\\:digest input[value='true']"));
            head.clickAndWaitForPage(By.id("notices:saveNotices"));
            assertThat(Api.as(Api.FINANCE_HEAD).get("/api/inbox/preferences").json().getBoolean("digest")).isTrue();
            head.click(By.cssSelector("#notices\\:digest input[value='false']"));
            head.clickAndWaitForPage(By.id("notices:saveNotices"));
            assertThat(Api.as(Api.FINANCE_HEAD).get("/api/inbox/preferences").json().getBoolean("digest")).isFalse();
        }
    }

    @Test
    void theCommitteeSeesUnitsRankedByOnTimeRateAndTheTargetsBehindCounted() {
        try (Browser member = Browser.signedInAs(Api.COMMITTEE)) {
            member.open("/index.xhtml");
            List<Double> rates = member.all(By.cssSelector("#on-time-ranking tbody tr td:nth-child(2)")).stream()
                    .map(c -> Double.parseDouble(c.getText().replaceAll("[^0-9,]", "").replace(",", "."))).toList();
            assertThat(rates).isNotEmpty();
            assertThat(rates).as("best first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(member.all(By.cssSelector("#targets-more a"))).as("a way to every target").isNotEmpty();
        }
    }

    @Test
    void theSecretariatSchedulesABriefingOnThePageAndStopsIt() {
        String number = Demo.unique("LB-") + "/KH-UBND";
        int document = Api.as(Api.SECRETARIAT).post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + number
                + "\",\"issueDate\":\"2026-02-01\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Lịch báo cáo\"}").json().getInt("id");
        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/reports.xhtml");
            secretariat.selectByValue(By.id("schedules:document"), String.valueOf(document));
            secretariat.selectByValue(By.id("schedules:frequency"), "WEEKLY");
            secretariat.clickAndWaitForPage(By.id("schedules:create"));
            org.openqa.selenium.WebElement row = secretariat.all(By.cssSelector("#schedules\\:list tbody tr")).stream()
                    .filter(r -> r.getText().contains(number)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("Hằng tuần", "Đang chạy");
            secretariat.clickAndWaitForPage(By.xpath("//table[@id='schedules:list']//tr[contains(., '" + number + "')]//button"));
            assertThat(secretariat.all(By.cssSelector("#schedules\\:list tbody tr")).stream().filter(r -> r.getText().contains(number))
                    .findFirst().orElseThrow().getText()).contains("Đã dừng");
            assertThat(Api.as(Api.SECRETARIAT).get("/api/reports/schedules").array().getValuesAs(JsonObject.class).stream()
                    .filter(x -> x.containsKey("document") && !x.isNull("document") && x.getInt("document") == document)
                    .findFirst().orElseThrow().getBoolean("active")).isFalse();
        }
    }

    /** Every kind of letter, as the notices write it, read on a phone: nothing wider than the screen, the text legible. */
    @Test
    void everyKindOfLetterReadsWellOnAPhone() {
        List<String> problems = new ArrayList<>();
        try (Browser phone = Browser.anonymous()) {
            phone.resize(390, 844);
            for (vn.chidao.notification.NoticeKind kind : vn.chidao.notification.NoticeKind.values()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("task", "5. Chủ trì triển khai thực hiện các nội dung thuộc Đề án 06/CP về phát triển ứng dụng dữ liệu dân cư");
                fields.put("lead", "Công an tỉnh");
                fields.put("deadline", java.time.LocalDate.of(2027, 3, 31));
                fields.put("standing", "còn 12 ngày");
                vn.chidao.notification.letters.Letter letter = vn.chidao.notification.letters.Letters.write(kind,
                        vn.chidao.kernel.Messages.VIETNAMESE, List.of("5. Chủ trì triển khai Đề án 06/CP", 12), fields,
                        "http://localhost:9080/task.xhtml?id=5", "Ban Chỉ đạo chuyển đổi số tỉnh Đồng Nai");
                phone.show(letter.html());
                long overflow = ((Number) phone.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                if (overflow > 0) {
                    problems.add(kind + ": " + overflow + " px wider than a phone");
                }
                if (letter.subject().contains("\n") || letter.subject().length() > 250) {
                    problems.add(kind + ": subject not one short line");
                }
                phone.screenshot("letters/" + kind);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void visit(Browser browser, String who, String page, List<String> problems) {
        String name = who.replaceAll("@.*", "") + page.replaceAll("[/?=.]+", "-").replaceAll("-xhtml", "");
        for (int width : WIDTHS) {
            browser.resize(width, 900).open(page);
            browser.settle();
            String where = who + " " + page + " at " + width + " px: ";
            long overflow = ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            if (overflow > 0) {
                problems.add(where + overflow + " px wider than the window, widest: " + browser.script(
                        "var w = window.innerWidth, out = [];"
                                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                                + " if (r.right > w + 1 && out.length < 3) out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className); });"
                                + "return out.join(', ');"));
            }
            Object narrowTitle = browser.script("var cell = document.querySelector('td.col-title');"
                    + "return cell && window.innerWidth > 640 && cell.getBoundingClientRect().width < 150 ? cell.getBoundingClientRect().width : null;");
            if (narrowTitle != null) {
                problems.add(where + "the task's title column is " + narrowTitle + " px wide");
            }
            if (width == 1366 || width == 390) {
                Axe.seriousViolations(browser).forEach(v -> problems.add(where + v));
            }
            browser.fullScreenshot("tour/" + name + "-" + width);
        }
        String lang = String.valueOf(browser.script("return document.documentElement.lang"));
        if (!List.of("vi", "en").contains(lang)) {
            problems.add(who + " " + page + ": <html lang> is '" + lang + "'");
        }
        if (!"anonymous".equals(who) && browser.all(By.cssSelector("a.skip-link[href='#content']")).isEmpty()) {
            problems.add(who + " " + page + ": no skip link to the content");
        }
        if (!"anonymous".equals(who) && browser.all(By.cssSelector("header [aria-current='page'], header [aria-current='location']")).isEmpty()) {
            problems.add(who + " " + page + ": the menu does not mark the current page");
        }
    }
}

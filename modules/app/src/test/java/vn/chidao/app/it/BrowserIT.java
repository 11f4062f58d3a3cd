package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole round in a real browser (Debian's chromium, headless): the secretariat assigns a task,
 * the unit reports with an evidence file and asks for more time, the secretariat approves, the
 * unit proposes completion, the secretariat accepts it, and the dashboard counts it. Other units
 * and the committee see what they may and no more. Screenshots go to target/screenshots.
 */
class BrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String INTERIOR_HEAD = "giamdoc.snv@chidao.local";


    @Test
    void aTaskGoesFromAssignmentToAcceptedCompletionThroughThePages() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String code = Demo.unique("E2E-");
        String title = "Số hóa hồ sơ <script>alert('x')</script> của Sở Tài chính";
        int finance = Demo.unit("STC");
        long taskId;
        long doneBefore;

        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/index.xhtml");
            assertThat(secretariat.text(By.tagName("h1"))).isEqualTo("Tình hình thực hiện nhiệm vụ toàn tỉnh");
            doneBefore = Long.parseLong(secretariat.text(By.id("count-DONE_ON_TIME")));
            secretariat.screenshot("01-secretariat-dashboard");

            secretariat.click(By.id("nav-assign"));
            secretariat.selectByValue(By.id("assign:document"), String.valueOf(Demo.document("382/KH-UBND")));
            secretariat.type(By.id("assign:code"), code);
            secretariat.type(By.id("assign:title"), title);
            secretariat.type(By.id("assign:output"), "Kho hồ sơ số");
            secretariat.selectByValue(By.id("assign:lead"), String.valueOf(finance));
            secretariat.type(By.id("assign:deadline"), today.plusDays(30).format(DAY));
            secretariat.screenshot("02-secretariat-assigns");
            secretariat.clickAndWaitForPage(By.id("assign:save"));

            assertThat(secretariat.text(By.id("messages"))).contains("Đã giao nhiệm vụ " + code);
            assertThat(secretariat.text(By.id("task-title"))).isEqualTo(title);
            assertThat(secretariat.pageSource()).doesNotContain("<script>alert('x')</script>");
            assertThat(secretariat.text(By.id("task-lead"))).isEqualTo("Sở Tài chính");
            Matcher id = Pattern.compile("id=(\\d+)").matcher(secretariat.url());
            assertThat(id.find()).as(secretariat.url()).isTrue();
            taskId = Long.parseLong(id.group(1));
            secretariat.screenshot("03-task-page-secretariat");
        }

        Path evidence = Files.createTempFile("bien-ban-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% biên bản nghiệm thu\n%%EOF\n");
        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            head.open("/task.xhtml?id=" + taskId);
            assertThat(head.text(By.id("task-title"))).isEqualTo(title);
            // a percent of 300 is refused with the field named, and nothing is saved
            head.type(By.id("report:text"), "Đã số hóa 300% hồ sơ");
            head.type(By.id("report:percent"), "300");
            head.clickAndWaitForPage(By.id("report:send"));
            assertThat(head.text(By.id("report:percent-error"))).contains("Tỷ lệ hoàn thành phải là một số nguyên từ 0 đến 100");
            assertThat(head.text(By.id("task-percent"))).isEqualTo("0%");
            assertThat(head.pageSource()).doesNotContain("Đã ghi nhận báo cáo tiến độ.");
            head.screenshot("04a-percent-refused");
            head.type(By.id("report:text"), "Đã số hóa 60% hồ sơ; biên bản kèm theo.");
            head.type(By.id("report:percent"), "60");
            head.find(By.cssSelector("[id='report'] input[type=file]")).sendKeys(evidence.toString());
            head.type(By.id("report:obstacles"), "Thiếu máy quét tại bộ phận một cửa\nChưa có kinh phí thuê số hóa");
            head.type(By.id("report:recommendations"), "Đề nghị bổ sung 200 triệu đồng");
            head.clickAndWaitForPage(By.id("report:send"));
            assertThat(head.text(By.id("messages"))).contains("Đã ghi nhận báo cáo tiến độ.");
            assertThat(head.text(By.id("progress"))).contains("Đã số hóa 60% hồ sơ", evidence.getFileName().toString());
            assertThat(head.text(By.id("issues"))).contains("Thiếu máy quét tại bộ phận một cửa", "Chưa có kinh phí thuê số hóa",
                    "Đề nghị bổ sung 200 triệu đồng", "Mới nêu");
            assertThat(head.text(By.id("task-percent"))).isEqualTo("60%");

            head.type(By.id("extension:date_input"), today.plusDays(60).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            head.type(By.id("extension:reason"), "Chờ kinh phí bổ sung");
            head.clickAndWaitForPage(By.id("extension:ask"));
            assertThat(head.text(By.id("messages"))).contains("Đã gửi đề nghị gia hạn.");
            assertThat(head.text(By.id("extensions:extension-list"))).contains("Chờ xem xét");
            head.screenshot("04-unit-head-reports");
        }

        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/secretariat/queue.xhtml");
            By row = By.xpath("//tbody[@id='queue:extensions_data']/tr[.//a[contains(@href,'id=" + taskId + "')]]");
            assertThat(secretariat.waitFor(row).getText()).contains(code, "Chờ kinh phí bổ sung");
            secretariat.screenshot("05-secretariat-queue");
            secretariat.click(By.xpath("//tbody[@id='queue:extensions_data']/tr[.//a[contains(@href,'id=" + taskId
                    + "')]]//button[contains(@class,'approve')]"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("queue:messages"))).contains("Đã đồng ý gia hạn.");
            assertThat(secretariat.all(row)).isEmpty();

            // the unit's obstacle, answered from the same queue
            String issueRow = "//tbody[@id='queue:issues_data']/tr[.//span[contains(., 'Thiếu máy quét tại bộ phận một cửa')]]";
            secretariat.type(By.xpath(issueRow + "//textarea"), "Sở Tài chính đã cấp 2 máy quét trong tháng này.");
            secretariat.click(By.xpath(issueRow + "//button[contains(@class,'resolve')]"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("queue:messages"))).contains("Đã ghi trả lời");
            assertThat(secretariat.all(By.xpath(issueRow))).isEmpty();
            secretariat.open("/task.xhtml?id=" + taskId);
            assertThat(secretariat.text(By.id("issues"))).contains("Đã giải quyết", "Sở Tài chính đã cấp 2 máy quét trong tháng này.");
            assertThat(secretariat.text(By.id("task-due"))).startsWith(today.plusDays(60).format(DAY));
        }

        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            head.open("/task.xhtml?id=" + taskId);
            head.type(By.id("report:text"), "Hoàn thành số hóa toàn bộ hồ sơ.");
            head.click(By.cssSelector("[id='report:propose'] .ui-chkbox-box"));
            head.clickAndWaitForPage(By.id("report:send"));
            assertThat(head.text(By.id("messages"))).contains("Đã gửi đề xuất hoàn thành");
            assertThat(head.text(By.id("task-state"))).contains("Đơn vị đề xuất hoàn thành");
            assertThat(head.all(By.id("decide-completion"))).as("a unit does not accept its own completion").isEmpty();
        }

        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/task.xhtml?id=" + taskId);
            secretariat.screenshot("06-secretariat-decides");
            secretariat.clickAndWaitForPage(By.id("completion:accept"));
            assertThat(secretariat.text(By.id("messages"))).contains("Đã công nhận hoàn thành nhiệm vụ.");
            assertThat(secretariat.text(By.id("task-status"))).isEqualTo("Hoàn thành đúng hạn");
            assertThat(secretariat.text(By.id("timeline"))).contains("báo cáo tiến độ 60%", "Đồng ý gia hạn từ",
                    "Công nhận hoàn thành nhiệm vụ.").doesNotContain("percent", "leadUnit", "→");

            secretariat.click(By.id("nav-dashboard"));
            assertThat(Long.parseLong(secretariat.text(By.id("count-DONE_ON_TIME")))).isEqualTo(doneBefore + 1);
            secretariat.screenshot("07-dashboard-after");
        }

        try (Browser otherUnit = Browser.signedInAs(INTERIOR_HEAD)) {
            otherUnit.open("/task.xhtml?id=" + taskId);
            assertThat(otherUnit.text(By.id("not-found"))).isEqualTo("Không tìm thấy nhiệm vụ");
            assertThat(otherUnit.pageSource()).doesNotContain("Số hóa hồ sơ", code);
            otherUnit.screenshot("08-other-unit-not-found");
            otherUnit.open("/secretariat/queue.xhtml");
            assertThat(otherUnit.text(By.id("forbidden"))).isEqualTo("Bạn không có quyền mở trang này.");
        }
    }

    @Test
    void theImportWizardShowsEveryRowsProblemAndImportsOnlyAFileWithoutThem() throws Exception {
        int document = Api.as(Api.SECRETARIAT).post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("E2E-KH-")
                + "\",\"issueDate\":\"2025-01-15\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Phụ lục thử qua trình duyệt\"}")
                .json().getInt("id");
        Path bad = Files.createTempFile("phu-luc-loi-", ".xlsx");
        Files.write(bad, AppendixImportIT.workbook(
                AppendixImportIT.row("1", "Số hóa hồ sơ", "Văn phòng UBND tỉnh", "", "Quý II/2025", ""),
                AppendixImportIT.row("2", "Nhiệm vụ của đơn vị lạ", "Sở Không Tồn Tại", "", "30/06/2025", "")));
        Path good = Files.createTempFile("phu-luc-", ".xlsx");
        Files.write(good, AppendixImportIT.workbook(
                AppendixImportIT.row("1", "Số hóa hồ sơ", "Văn phòng UBND tỉnh", "", "Quý II/2025", ""),
                AppendixImportIT.row("2", "Tập huấn kỹ năng số", "Sở Nội vụ", "Sở Tài chính", "31/12/2025", "")));

        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/secretariat/import.xhtml");
            secretariat.selectByValue(By.id("upload:document"), String.valueOf(document));
            secretariat.find(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(bad.toString());
            secretariat.clickAndWaitForPage(By.id("upload:check"));
            assertThat(secretariat.text(By.id("result:errors"))).contains("5", "Không nhận ra đơn vị \"Sở Không Tồn Tại\".");
            assertThat(secretariat.all(By.id("result:commit"))).isEmpty();
            secretariat.screenshot("12-import-errors");

            secretariat.selectByValue(By.id("upload:document"), String.valueOf(document));
            secretariat.find(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(good.toString());
            secretariat.clickAndWaitForPage(By.id("upload:check"));
            assertThat(secretariat.text(By.id("result:preview"))).contains("Tập huấn kỹ năng số", "Sở Nội vụ");
            assertThat(Api.as(Api.SECRETARIAT).get("/api/tasks?document=" + document).json().getInt("total")).isZero();
            secretariat.click(By.id("result:commit"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("committed"))).isEqualTo("Đã nhập vào hệ thống");
            assertThat(secretariat.text(By.id("upload:messages"))).contains("Đã nhập 2 nhiệm vụ.");
        }
        assertThat(Api.as(Api.SECRETARIAT).get("/api/tasks?document=" + document).json().getInt("total")).isEqualTo(2);
    }

    @Test
    void aUnitHeadSendsItsReportAsASpreadsheetFromThePhone() throws Exception {
        int task = Demo.assign(Demo.unique("XL-"), "Cập nhật dữ liệu giá đất lên hệ thống", "STC");
        byte[] template = Api.as(Api.FINANCE_HEAD).download("/api/progress-reports/template").body();
        Path filled = Files.createTempFile("bao-cao-", ".xlsx");
        try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(template))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(Integer.toString(task))) {
                    row.createCell(5).setCellValue("Đã cập nhật 3 trên 8 bảng giá.");
                    row.createCell(6).setCellValue("35%");
                    row.createCell(7).setCellValue("- Thiếu dữ liệu bản đồ địa chính số");
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            head.resize(390, 844);
            head.open("/reports.xhtml");
            head.find(By.cssSelector("[id='progress'] input[type=file]")).sendKeys(filled.toString());
            head.clickAndWaitForPage(By.id("progress:check"));
            assertThat(head.text(By.id("progress:progress-preview"))).contains("Đã cập nhật 3 trên 8 bảng giá.", "35");
            assertThat(Api.as(Api.FINANCE_HEAD).get("/api/tasks/" + task + "/progress").array()).isEmpty();
            head.screenshot("21-progress-upload-390");
            head.clickAndWaitForPage(By.id("progress:send"));
            assertThat(head.text(By.id("progress:progressMessages"))).contains("Đã ghi 1 báo cáo tiến độ.");
        }
        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/tasks/" + task + "/progress").array()).hasSize(1);
        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/issues?task=" + task).array().getJsonObject(0).getString("text"))
                .isEqualTo("Thiếu dữ liệu bản đồ địa chính số");
    }

    @Test
    void aScriptSlippedIntoAPageIsRefusedByTheContentSecurityPolicy() {
        try (Browser browser = Browser.signedInAs(Api.SECRETARIAT)) {
            browser.open("/tasks.xhtml");
            browser.waitFor(By.id("signout"));
            // what an injected inline script would be: the page's policy has no 'unsafe-inline', so it does not run
            browser.script("var s = document.createElement('script'); s.text = 'window.chidaoInjected = 1';"
                    + " document.body.appendChild(s);");

            assertThat(browser.script("return window.chidaoInjected === undefined")).isEqualTo(Boolean.TRUE);
            assertThat(browser.cspViolations()).isNotEmpty();
        }
        Api.Reply page = Api.browser().get("/login.xhtml");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
        String fallback = Api.anonymous().get("/resources/css/app.css").header("Content-Security-Policy");
        assertThat(fallback).endsWith("script-src 'self'").doesNotContain("unsafe-eval");
    }

    @Test
    void theSecretariatSuspendsAndResumesATaskWithItsReason() {
        String code = Demo.unique("TD-");
        int task = Demo.assign(code, "Nhiệm vụ chờ kinh phí", "SNV");
        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/task.xhtml?id=" + task);
            secretariat.clickAndWaitForPage(By.id("state:suspend"));
            assertThat(secretariat.text(By.id("messages"))).contains("Vui lòng ghi lý do");
            secretariat.type(By.id("state:reason"), "Chờ bố trí kinh phí năm 2027");
            secretariat.clickAndWaitForPage(By.id("state:suspend"));
            assertThat(secretariat.text(By.id("messages"))).contains("Đã tạm dừng nhiệm vụ.");
            assertThat(secretariat.text(By.id("task-status"))).isEqualTo("Tạm dừng / Không thực hiện");
            assertThat(secretariat.text(By.id("state-reason"))).isEqualTo("Chờ bố trí kinh phí năm 2027");
            secretariat.clickAndWaitForPage(By.id("state:resume"));
            assertThat(secretariat.text(By.id("messages"))).contains("Nhiệm vụ được tiếp tục thực hiện.");
            assertThat(secretariat.text(By.id("task-state"))).contains("Đã giao");
        }
    }

    @Test
    void twoOfficersCorrectingTheSameTaskDoNotOverwriteEachOther() {
        String code = Demo.unique("SUA-");
        int task = Demo.assign(code, "Tiêu đề ban đầu", "SNV");
        try (Browser first = Browser.signedInAs(Api.SECRETARIAT); Browser second = Browser.signedInAs(Api.SECRETARIAT)) {
            first.open("/task.xhtml?id=" + task);
            second.open("/task.xhtml?id=" + task);
            first.click(By.cssSelector("#edit-details summary"));
            first.type(By.id("edit:title"), "Tiêu đề do người thứ nhất sửa");
            first.clickAndWaitForPage(By.id("edit:save"));
            assertThat(first.text(By.id("messages"))).contains("Đã lưu điều chỉnh.");

            second.click(By.cssSelector("#edit-details summary"));
            second.type(By.id("edit:title"), "Tiêu đề do người thứ hai sửa");
            second.clickAndWaitForPage(By.id("edit:save"));
            assertThat(second.text(By.id("messages"))).contains("Dữ liệu đã bị người khác thay đổi");
            assertThat(second.text(By.id("task-title"))).isEqualTo("Tiêu đề do người thứ nhất sửa");
            assertThat(Api.as(Api.SECRETARIAT).get("/api/tasks/" + task).json().getString("title")).isEqualTo("Tiêu đề do người thứ nhất sửa");
            second.screenshot("13-edit-conflict");
        }
    }

    @Test
    void theSecretariatRecordsAMeasurementAndCorrectsADocument() {
        Api api = Api.as(Api.SECRETARIAT);
        String number = Demo.unique("E2E-KH-CT-");
        int document = api.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + number
                + "\",\"issueDate\":\"2025-01-15\",\"issuingBody\":\"UBND tỉnh\",\"summary\":\"Kế hoạch thử chỉ tiêu\"}").json().getInt("id");
        int target = api.post("/api/documents/" + document + "/targets", "{\"pillar\":\"DIGITAL_SOCIETY\","
                + "\"name\":\"Tỷ lệ dân số trưởng thành có chữ ký số\",\"unitOfMeasure\":\"%\",\"baseline\":30,\"baselineDate\":"
                + "\"2024-12-31\",\"targetValue\":50,\"targetDate\":\"2027-12-31\",\"direction\":\"HIGHER_IS_BETTER\"}").json().getInt("id");

        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/secretariat/plans.xhtml");
            secretariat.clickAndWaitForPage(By.xpath("//tbody[@id='plans:documents_data']/tr[.//strong[text()='" + number + "']]//button"));
            assertThat(secretariat.text(By.id("plans:targets"))).contains("Tỷ lệ dân số trưởng thành có chữ ký số", "Chưa có số liệu");

            secretariat.selectByValue(By.id("measure:target"), String.valueOf(target));
            // a range typed into the single-number box is refused with the field named, never read as 2030
            secretariat.type(By.id("measure:value"), "20 đến 30");
            secretariat.click(By.id("measure:save"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("measure"))).contains("Giá trị", "\"20 đến 30\" không phải một số");
            assertThat(api.get("/api/targets/" + target + "/measurements").array()).isEmpty();
            secretariat.type(By.id("measure:value"), "48");
            secretariat.click(By.id("measure:save"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("plans:targets"))).contains("48").doesNotContain("Chưa có số liệu");

            secretariat.type(By.id("correctDocument:summary"), "Kế hoạch thử chỉ tiêu (đã điều chỉnh)");
            secretariat.selectByValue(By.id("correctDocument:status"), "COMPLETED");
            secretariat.click(By.id("correctDocument:save"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("correctDocument"))).contains("Đã điều chỉnh văn bản " + number + ".");
            secretariat.screenshot("14-plans");
        }
        jakarta.json.JsonObject saved = api.get("/api/documents/" + document).json();
        assertThat(saved.getString("summary")).isEqualTo("Kế hoạch thử chỉ tiêu (đã điều chỉnh)");
        assertThat(saved.getString("status")).isEqualTo("COMPLETED");
        assertThat(api.get("/api/targets/" + target + "/measurements").array()).hasSize(1);
    }

    @Test
    void theCommitteeReadsButHasNothingToChange() {
        try (Browser committee = Browser.signedInAs(Api.COMMITTEE)) {
            committee.open("/index.xhtml");
            assertThat(committee.text(By.tagName("h1"))).isEqualTo("Tình hình thực hiện nhiệm vụ toàn tỉnh");
            assertThat(committee.all(By.id("nav-assign"))).isEmpty();
            assertThat(committee.all(By.id("nav-queue"))).isEmpty();
            assertThat(committee.all(By.cssSelector("#overdue a"))).as("the province's longest overdue tasks").isNotEmpty();
            committee.screenshot("09-committee-dashboard");

            committee.click(By.cssSelector("#overdue a"));
            committee.waitFor(By.id("task-title"));
            assertThat(committee.all(By.id("report"))).isEmpty();
            assertThat(committee.all(By.id("completion"))).isEmpty();
            assertThat(committee.all(By.id("extension"))).isEmpty();

            committee.open("/secretariat/assign.xhtml");
            assertThat(committee.text(By.id("forbidden"))).isEqualTo("Bạn không có quyền mở trang này.");
            committee.open("/reports.xhtml");
            committee.screenshot("11-committee-reports");
            assertThat(committee.waitFor(By.id("reports:briefing")).getText()).isEqualTo("Lập báo cáo tình hình");
        }
    }

    @Test
    void theSecretariatReadsAClosedQuarterAndAUnitHeadOnlyItsOwnLine() {
        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/evaluation.xhtml");
            assertThat(secretariat.text(By.tagName("h1"))).isEqualTo("Đánh giá, xếp loại mức độ hoàn thành nhiệm vụ");
            secretariat.selectByValue(By.id("evaluation:period"), "2025-Q3");
            secretariat.settle();
            assertThat(secretariat.waitFor(By.id("state")).getText()).startsWith("Đã chốt lúc").endsWith(Api.SECRETARIAT);
            assertThat(secretariat.all(By.cssSelector("#evaluation\\:ranking tbody tr"))).hasSizeGreaterThan(3);
            assertThat(secretariat.all(By.id("evaluation:close"))).as("a closed quarter is not closed twice").isEmpty();
            assertThat(secretariat.all(By.id("evaluation:reopen"))).hasSize(1);
            secretariat.screenshot("20-evaluation-closed-quarter");

            secretariat.click(By.id("evaluation:edit-criteria"));
            secretariat.waitFor(By.id("evaluation:goodFrom_input"));
            secretariat.script("document.getElementById('evaluation:goodFrom_input').value = ''");
            secretariat.type(By.id("evaluation:goodFrom_input"), "95");
            secretariat.click(By.id("evaluation:save-criteria"));
            secretariat.settle();
            assertThat(secretariat.waitFor(By.id("evaluation:messages")).getText()).contains("Ngưỡng xếp loại phải giảm dần");
            assertThat(Api.as(Api.SECRETARIAT).get("/api/evaluations/criteria").json().getInt("goodFrom")).isEqualTo(70);
        }
        try (Browser unitHead = Browser.signedInAs(Api.FINANCE_HEAD)) {
            unitHead.open("/evaluation.xhtml");
            unitHead.selectByValue(By.id("evaluation:period"), "2025-Q3");
            unitHead.settle();
            assertThat(unitHead.all(By.cssSelector("#evaluation\\:ranking tbody tr"))).hasSizeLessThanOrEqualTo(1);
            assertThat(unitHead.all(By.id("evaluation:edit-criteria"))).isEmpty();
            assertThat(unitHead.all(By.id("evaluation:pdf"))).isEmpty();
        }
    }

    @Test
    void aUnitHeadReportsDisbursementAndSeesOnlyItsOwnMoneyOnAPhone() {
        int kh382 = Demo.document("382/KH-UBND");
        int task = Api.as(Api.SECRETARIAT).get("/api/tasks?limit=100&document=" + kh382).json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(t -> t.getString("code").equals("2")).findFirst()
                .orElseThrow().getInt("id");
        long before = Api.as(Api.FINANCE_HEAD).get("/api/funding/tasks/" + task).json().getJsonNumber("disbursedTotal").longValue();
        try (Browser unitHead = Browser.signedInAs(Api.FINANCE_HEAD)) {
            unitHead.resize(390, 844);
            unitHead.open("/funding.xhtml");
            assertThat(unitHead.pageSource()).contains("Sở Tài chính").doesNotContain("Văn phòng Ủy ban nhân dân tỉnh");
            assertThat((Long) unitHead.script("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
            unitHead.screenshot("22-funding-unit-phone");

            unitHead.open("/task.xhtml?id=" + task);
            unitHead.type(By.id("report:text"), "Đã thanh toán đợt 2 hợp đồng tư vấn.");
            unitHead.type(By.id("report:disbursedAmount"), "15 đến 20");
            unitHead.clickAndWaitForPage(By.id("report:send"));
            assertThat(unitHead.pageSource()).contains("Không hiểu số tiền \"15 đến 20\"");
            assertThat(Api.as(Api.FINANCE_HEAD).get("/api/funding/tasks/" + task).json().getJsonNumber("disbursedTotal").longValue())
                    .as("nothing written").isEqualTo(before);
            unitHead.open("/task.xhtml?id=" + task);
            unitHead.type(By.id("report:text"), "Đã thanh toán đợt 2 hợp đồng tư vấn.");
            unitHead.type(By.id("report:disbursedAmount"), "250 triệu");
            unitHead.clickAndWaitForPage(By.id("report:send"));
            assertThat(Api.as(Api.FINANCE_HEAD).get("/api/funding/tasks/" + task).json().getJsonNumber("disbursedTotal").longValue())
                    .isEqualTo(before + 250_000_000L);
            assertThat(unitHead.text(By.id("funding-totals"))).contains("Đã giải ngân");
            unitHead.screenshot("23-task-funding-phone");
        }
    }

    @Test
    void theTaskListFiltersByStatusKeepsTheFilterInTheAddressAndSavesItByName() {
        String savedByTheSecretariat;
        try (Browser secretariat = Browser.signedInAs(Api.SECRETARIAT)) {
            secretariat.open("/tasks.xhtml");
            secretariat.selectByValue(By.id("filters:status"), "OVERDUE");
            secretariat.clickAndWaitForPage(By.id("filters:apply"));
            assertThat(secretariat.url()).contains("status=OVERDUE");
            assertThat(secretariat.all(By.xpath("//tbody[@id='list:tasks_data']//span[contains(@class,'badge')]")))
                    .isNotEmpty().allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Đang thực hiện quá hạn"));
            secretariat.screenshot("10-task-list-overdue");

            String name = Demo.unique("Quá hạn toàn tỉnh ");
            secretariat.type(By.id("saved:name"), name);
            secretariat.click(By.id("saved:save"));
            secretariat.settle();
            assertThat(secretariat.text(By.id("saved:savedMessages"))).contains("Đã lưu bộ lọc \"" + name + "\".");
            secretariat.open("/tasks.xhtml");
            secretariat.click(By.linkText(name));
            secretariat.waitFor(By.id("list:tasks"));
            assertThat(secretariat.url()).contains("status=OVERDUE");
            assertThat(new org.openqa.selenium.support.ui.Select(secretariat.find(By.id("filters:status")))
                    .getFirstSelectedOption().getText()).isEqualTo("Đang thực hiện quá hạn");
            savedByTheSecretariat = name;
        }
        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            head.open("/tasks.xhtml");
            assertThat(head.text(By.id("saved"))).as("saved filters are their owner's own").doesNotContain(savedByTheSecretariat);
            assertThat(head.all(By.xpath("//tbody[@id='list:tasks_data']/tr"))).isNotEmpty();
            assertThat(head.text(By.id("list:tasks_data"))).doesNotContain("huyện Bù Đăng");
        }
    }

    @Test
    void signOutEndsTheSessionAndEnglishIsOneClickAway() {
        try (Browser head = Browser.signedInAs(Api.FINANCE_HEAD)) {
            assertThat(head.text(By.tagName("h1"))).startsWith("Nhiệm vụ của đơn vị — Sở Tài chính");
            head.click(By.id("language"));
            head.waitFor(By.xpath("//h1[starts-with(., \"My unit's tasks\")]"));
            assertThat(head.text(By.id("nav-tasks"))).isEqualTo("Tasks");
            head.click(By.id("language"));
            head.waitFor(By.xpath("//h1[starts-with(., 'Nhiệm vụ của đơn vị')]"));

            head.clickAndWaitForPage(By.id("signout"));
            head.open("/index.xhtml");
            assertThat(head.url()).endsWith("/login.xhtml");
            assertThat(head.text(By.id("submit"))).isEqualTo("Đăng nhập");
        }
    }
}

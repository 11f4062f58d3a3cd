package vn.chidao.reporting.compose;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.Organization;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetStanding;
import vn.chidao.plan.TargetView;
import vn.chidao.reporting.engine.ReportContent;
import vn.chidao.reporting.engine.Table;
import vn.chidao.reporting.engine.Table.Column;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.EvidenceView;
import vn.chidao.tasks.ExtensionTally;
import vn.chidao.tasks.OverdueTask;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskEvidence;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskHistory;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.TimelineEntry;
import vn.chidao.tasks.UnitStatusCounts;

/**
 * Decides what each report says: reads the tasks, targets and units through their modules' API
 * (inside the caller's {@link Snapshot}) and turns them into rows and sentences. The templates only
 * lay these out, and the Excel version takes the very same rows.
 */
@ApplicationScoped
public class Composer {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final int MAX_ROWS = 20_000;
    private static final int PROGRESS_TEXT = 160;

    @Inject
    TaskQueries queries;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskHistory history;

    @Inject
    TaskEvidence evidence;

    @Inject
    Planning planning;

    @Inject
    Organization organization;

    @Inject
    ReportSettings settings;

    /** The committee's briefing for one document, or for every task when {@code documentId} is null. */
    public ReportContent briefing(DocumentId documentId, LocalDate asOf, Caller caller, Instant now) {
        DocumentView document = documentId == null ? null : planning.document(documentId)
                .orElseThrow(() -> RuleViolation.notFound("report.document.unknown"));
        TaskFilter filter = new TaskFilter(null, documentId, null, null, null, null, asOf);
        Map<Long, UnitView> units = units();
        List<UnitStatusCounts> current = queries.countsByUnit(filter, caller, false);
        List<UnitStatusCounts> original = queries.countsByUnit(filter, caller, true);
        Map<StatusClass, Long> totals = totals(current);
        Map<StatusClass, Long> totalsOriginal = totals(original);
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        ExtensionTally extensions = queries.extensionsGranted(filter, caller);
        List<OverdueTask> overdue = queries.overdue(filter, caller, MAX_ROWS);
        Map<TaskId, String> lastWords = queries.latestProgressText(overdue.stream().map(OverdueTask::id).toList());
        List<TargetView> targets = documentId == null ? planning.allTargets(asOf) : planning.targets(documentId, asOf);

        String scope = document == null ? "các văn bản chỉ đạo về chuyển đổi số của tỉnh" : documentName(document);
        Map<String, Object> p = heading(now);
        p.put("TITLE", "BÁO CÁO");
        p.put("SUBTITLE", "Tình hình thực hiện nhiệm vụ theo " + scope + ", tính đến ngày " + DAY.format(asOf));

        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(row("label", "Tổng số nhiệm vụ", "value", number(total)));
        for (StatusClass status : StatusClass.values()) {
            long n = totals.getOrDefault(status, 0L);
            facts.add(row("label", status(status), "value", number(n) + share(n, total)));
        }
        facts.add(row("label", "Tỷ lệ đúng hạn theo hạn hiện hành", "value", onTimeRate(totals)));
        facts.add(row("label", "Tỷ lệ đúng hạn theo hạn ban đầu", "value", onTimeRate(totalsOriginal)));
        facts.add(row("label", "Gia hạn đã chấp thuận", "value",
                number(extensions.granted()) + " lần, cho " + number(extensions.tasksExtended()) + " nhiệm vụ"));

        List<Map<String, Object>> statusSlices = new ArrayList<>();
        for (StatusClass status : StatusClass.values()) {
            long n = totals.getOrDefault(status, 0L);
            if (n > 0) {
                statusSlices.add(row("label", status(status), "count", n));
            }
        }

        List<Map<String, Object>> unitRows = current.stream()
                .sorted(Comparator.comparingLong((UnitStatusCounts c) -> -count(c, StatusClass.OVERDUE))
                        .thenComparingLong(c -> -c.total())
                        .thenComparing(c -> unitName(units, c.unit())))
                .map(c -> row("unit", unitName(units, c.unit()), "total", c.total(),
                        "notStarted", count(c, StatusClass.NOT_STARTED), "onTime", count(c, StatusClass.IN_PROGRESS_ON_TIME),
                        "dueSoon", count(c, StatusClass.DUE_SOON), "overdue", count(c, StatusClass.OVERDUE),
                        "doneOnTime", count(c, StatusClass.DONE_ON_TIME), "doneLate", count(c, StatusClass.DONE_LATE),
                        "suspended", count(c, StatusClass.SUSPENDED)))
                .toList();
        List<Map<String, Object>> overdueChart = unitRows.stream().filter(r -> (Long) r.get("overdue") > 0).limit(15)
                .map(r -> row("unit", r.get("unit"), "overdue", r.get("overdue"))).toList();

        List<Map<String, Object>> overdueRows = overdue.stream()
                .sorted(Comparator.comparingLong(OverdueTask::daysOverdue).reversed().thenComparing(o -> o.id().value()))
                .map(o -> row("task", taskName(o.code(), o.title()), "code", o.code(), "title", o.title(),
                        "unit", unitName(units, o.leadUnit()), "due", DAY.format(o.dueDate()), "days", o.daysOverdue(),
                        "originalDue", DAY.format(o.originalDueDate()), "percent", (long) o.percent(),
                        "lastProgressOn", o.lastProgressOn() == null ? null : DAY.format(o.lastProgressOn()),
                        "lastProgress", lastWords.get(o.id()),
                        "progress", progress(o.percent(), o.lastProgressOn(), lastWords.get(o.id()))))
                .toList();

        Map<TargetStanding, Long> standings = new EnumMap<>(TargetStanding.class);
        targets.forEach(t -> standings.merge(t.standing(), 1L, Long::sum));
        List<Map<String, Object>> targetRows = targets.stream()
                .map(t -> row("name", t.name(), "unit", t.unitOfMeasure(), "baseline", decimal(t.baseline()),
                        "latest", t.latest() == null ? "—" : decimal(t.latest().value()) + " (" + DAY.format(t.latest().asOf()) + ")",
                        "latestValue", t.latest() == null ? null : t.latest().value(),
                        "latestOn", t.latest() == null ? null : DAY.format(t.latest().asOf()),
                        "target", decimal(t.targetValue()) + (t.targetDate() == null ? "" : " (" + t.targetDate().getYear() + ")"),
                        "targetValue", t.targetValue(), "targetDate", t.targetDate() == null ? null : DAY.format(t.targetDate()),
                        "standing", Messages.text(VI, "report.standing." + t.standing().name())))
                .toList();

        long done = totals.getOrDefault(StatusClass.DONE_ON_TIME, 0L) + totals.getOrDefault(StatusClass.DONE_LATE, 0L);
        long late = totals.getOrDefault(StatusClass.OVERDUE, 0L);
        p.put("INTRO", "Thực hiện " + scope + ", tính đến ngày " + DAY.format(asOf) + ", hệ thống Chỉ Đạo ghi nhận "
                + number(total) + " nhiệm vụ giao cho " + number(current.size()) + " đơn vị chủ trì; trong đó "
                + number(done) + " nhiệm vụ đã hoàn thành (" + number(totals.getOrDefault(StatusClass.DONE_ON_TIME, 0L))
                + " đúng hạn), " + number(late) + " nhiệm vụ đang thực hiện quá hạn. Ban Chỉ đạo báo cáo cụ thể như sau:");
        p.put("FACTS", facts);
        p.put("STATUS_ROWS", statusSlices);
        p.put("UNIT_ROWS", unitRows);
        p.put("OVERDUE_CHART", overdueChart);
        p.put("OVERDUE_ROWS", overdueRows);
        p.put("OVERDUE_NOTE", overdueRows.isEmpty() ? "Không có nhiệm vụ nào đang thực hiện quá hạn."
                : "Có " + number(overdueRows.size()) + " nhiệm vụ đang thực hiện quá hạn, xếp theo số ngày quá hạn từ nhiều đến ít:");
        p.put("TARGET_ROWS", targetRows);
        p.put("TARGETS_NOTE", targets.isEmpty() ? "Chưa có chỉ tiêu nào được theo dõi."
                : "Theo dõi " + number(targets.size()) + " chỉ tiêu: " + Messages.text(VI, "report.standing.ON_TRACK").toLowerCase(VI)
                + " " + number(standings.getOrDefault(TargetStanding.ON_TRACK, 0L)) + "; "
                + Messages.text(VI, "report.standing.AT_RISK").toLowerCase(VI) + " " + number(standings.getOrDefault(TargetStanding.AT_RISK, 0L))
                + "; " + Messages.text(VI, "report.standing.OFF_TRACK").toLowerCase(VI) + " "
                + number(standings.getOrDefault(TargetStanding.OFF_TRACK, 0L)) + "; "
                + Messages.text(VI, "report.standing.NO_DATA").toLowerCase(VI) + " " + number(standings.getOrDefault(TargetStanding.NO_DATA, 0L)) + ".");
        p.put("FOOTNOTE", "Ghi chú: tỷ lệ đúng hạn = số nhiệm vụ hoàn thành đúng hạn / (số nhiệm vụ đã hoàn thành + số nhiệm vụ "
                + "đang thực hiện quá hạn). Số liệu trích từ hệ thống Chỉ Đạo lúc " + moment(now) + ".");
        p.put("RECIPIENTS", settings.recipients());
        p.put("SIGNER_TITLE", settings.signer());

        String subtitle = (String) p.get("SUBTITLE");
        String stem = "bao-cao-" + (document == null ? "tong-hop" : slug(document.number())) + "-" + asOf;
        return new ReportContent("briefing", "Báo cáo " + subtitle.substring(0, 1).toLowerCase(VI) + subtitle.substring(1),
                subtitle, stem, p, List.of(
                new Table("Tổng hợp", "Số liệu chung", List.of(Column.text("label", "Chỉ tiêu"), Column.text("value", "Giá trị")), facts),
                new Table("Theo đơn vị", "Kết quả theo đơn vị chủ trì", List.of(Column.text("unit", "Đơn vị chủ trì"),
                        Column.number("total", "Tổng số"), Column.number("notStarted", status(StatusClass.NOT_STARTED)),
                        Column.number("onTime", status(StatusClass.IN_PROGRESS_ON_TIME)), Column.number("dueSoon", status(StatusClass.DUE_SOON)),
                        Column.number("overdue", status(StatusClass.OVERDUE)), Column.number("doneOnTime", status(StatusClass.DONE_ON_TIME)),
                        Column.number("doneLate", status(StatusClass.DONE_LATE)), Column.number("suspended", status(StatusClass.SUSPENDED))),
                        unitRows),
                new Table("Quá hạn", "Nhiệm vụ đang thực hiện quá hạn", List.of(Column.text("code", "Mã"),
                        Column.text("title", "Nhiệm vụ"), Column.text("unit", "Đơn vị chủ trì"), Column.text("due", "Hạn hiện hành"),
                        Column.text("originalDue", "Hạn ban đầu"), Column.number("days", "Số ngày quá hạn"),
                        Column.number("percent", "Tiến độ (%)"), Column.text("lastProgressOn", "Ngày báo cáo gần nhất"),
                        Column.text("lastProgress", "Nội dung báo cáo gần nhất")), overdueRows),
                new Table("Chỉ tiêu", "Kết quả thực hiện các chỉ tiêu", List.of(Column.text("name", "Chỉ tiêu"),
                        Column.text("unit", "Đơn vị tính"), Column.text("baseline", "Ban đầu"), Column.number("latestValue", "Kết quả gần nhất"),
                        Column.text("latestOn", "Ngày số liệu"), Column.number("targetValue", "Mục tiêu"),
                        Column.text("targetDate", "Thời hạn"), Column.text("standing", "Đánh giá")), targetRows)));
    }

    /** One unit's tasks, as lead or cooperating unit. */
    public ReportContent scorecard(UnitId unitId, LocalDate asOf, Caller caller, Instant now) {
        UnitView unit = organization.unit(unitId).orElseThrow(() -> RuleViolation.notFound("report.unit.unknown"));
        List<TaskView> tasks = queries.list(new TaskFilter(unitId, null, null, null, null, null, asOf), caller, 0, MAX_ROWS);
        Map<TaskId, String> lastWords = queries.latestProgressText(tasks.stream().map(TaskView::id).toList());
        Map<StatusClass, Long> lead = new EnumMap<>(StatusClass.class);
        tasks.stream().filter(t -> t.leadUnit().equals(unitId)).forEach(t -> lead.merge(t.status(), 1L, Long::sum));
        long leading = lead.values().stream().mapToLong(Long::longValue).sum();

        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(row("label", "Nhiệm vụ chủ trì", "value", number(leading)));
        facts.add(row("label", "Nhiệm vụ phối hợp", "value", number(tasks.size() - leading)));
        for (StatusClass status : StatusClass.values()) {
            long n = lead.getOrDefault(status, 0L);
            facts.add(row("label", status(status) + " (chủ trì)", "value", number(n) + share(n, leading)));
        }
        facts.add(row("label", "Tỷ lệ đúng hạn (chủ trì)", "value", onTimeRate(lead)));

        List<Map<String, Object>> rows = tasks.stream()
                .sorted(Comparator.comparingInt((TaskView t) -> severity(t.status())).thenComparing(TaskView::dueDate))
                .map(t -> row("task", taskName(t.code(), t.title()) + (t.leadUnit().equals(unitId) ? "" : " (phối hợp)"),
                        "code", t.code(), "title", t.title(), "role", t.leadUnit().equals(unitId) ? "Chủ trì" : "Phối hợp",
                        "due", DAY.format(t.dueDate()) + (t.dueDate().equals(t.originalDueDate()) ? ""
                                : "\n(ban đầu " + DAY.format(t.originalDueDate()) + ")"),
                        "dueDate", DAY.format(t.dueDate()), "originalDue", DAY.format(t.originalDueDate()),
                        "extensions", (long) t.extensionCount(), "status", status(t.status()), "percent", (long) t.percent(),
                        "lastProgress", lastWords.get(t.id()),
                        "progress", progress(t.percent(), t.lastProgressOn(), lastWords.get(t.id()))))
                .toList();

        Map<String, Object> p = heading(now);
        p.put("TITLE", "BẢNG THEO DÕI NHIỆM VỤ");
        p.put("SUBTITLE", unit.name() + ", tính đến ngày " + DAY.format(asOf));
        p.put("INTRO", unit.name() + " chủ trì " + number(leading) + " nhiệm vụ và phối hợp thực hiện "
                + number(tasks.size() - leading) + " nhiệm vụ; tình hình cụ thể như sau:");
        p.put("FACTS", facts);
        p.put("ROWS", rows);
        p.put("FOOTNOTE", "Số liệu trích từ hệ thống Chỉ Đạo lúc " + moment(now) + ".");
        return new ReportContent("scorecard", "Bảng theo dõi nhiệm vụ: " + unit.name() + ", tính đến ngày " + DAY.format(asOf),
                (String) p.get("SUBTITLE"), "bang-theo-doi-" + slug(unit.code()) + "-" + asOf, p, List.of(
                new Table("Tổng hợp", "Số liệu chung", List.of(Column.text("label", "Chỉ tiêu"), Column.text("value", "Giá trị")), facts),
                new Table("Nhiệm vụ", "Danh sách nhiệm vụ", List.of(Column.text("code", "Mã"), Column.text("title", "Nhiệm vụ"),
                        Column.text("role", "Vai trò"), Column.text("dueDate", "Hạn hiện hành"), Column.text("originalDue", "Hạn ban đầu"),
                        Column.number("extensions", "Số lần gia hạn"), Column.text("status", "Tình trạng"),
                        Column.number("percent", "Tiến độ (%)"), Column.text("lastProgress", "Báo cáo gần nhất")), rows)));
    }

    /** One task with its particulars, its whole timeline and its evidence. */
    public ReportContent taskSheet(TaskId id, Caller caller, Instant now) {
        TaskView task = assignment.task(id, caller);
        Map<Long, UnitView> units = units();
        List<TimelineEntry> timeline = history.timeline(id, caller);
        List<EvidenceView> files = evidence.evidence(id, caller);
        LocalDate today = assignment.today();

        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(row("label", "Mã nhiệm vụ", "value", task.code()));
        facts.add(row("label", "Nhiệm vụ", "value", task.title()));
        facts.add(row("label", "Nội dung", "value", task.description()));
        facts.add(row("label", "Sản phẩm đầu ra", "value", task.expectedOutput()));
        facts.add(row("label", "Văn bản giao", "value", task.mandates().stream()
                .map(d -> planning.document(d).map(Composer::documentName).orElse("#" + d.value())).collect(Collectors.joining("; "))));
        facts.add(row("label", "Trụ cột", "value", task.pillar() == null ? null : Messages.text(VI, "report.pillar." + task.pillar().name())));
        facts.add(row("label", "Đơn vị chủ trì", "value", unitName(units, task.leadUnit())
                + (task.leadUnit().equals(task.originalLeadUnit()) ? "" : " (giao ban đầu cho " + unitName(units, task.originalLeadUnit()) + ")")));
        facts.add(row("label", "Đơn vị phối hợp", "value", task.cooperation().isEmpty() ? "Không" : task.cooperation().stream()
                .map(c -> unitName(units, c.unit()) + (c.subDueDate() == null ? "" : " (hạn " + DAY.format(c.subDueDate()) + ")")
                        + ": " + c.percent() + "%")
                .collect(Collectors.joining("\n"))));
        facts.add(row("label", "Thời hạn theo văn bản", "value", task.deadline().label() == null ? DAY.format(task.originalDueDate())
                : task.deadline().label()));
        facts.add(row("label", "Hạn ban đầu / hiện hành", "value", DAY.format(task.originalDueDate()) + " / " + DAY.format(task.dueDate())
                + (task.extensionCount() == 0 ? "" : " (gia hạn " + task.extensionCount() + " lần)")));
        facts.add(row("label", "Ngày giao", "value", DAY.format(task.assignedOn())));
        facts.add(row("label", "Tình trạng", "value", status(task.status()) + (task.daysOverdue() > 0 ? ", quá hạn " + task.daysOverdue() + " ngày" : "")
                + " (tính đến ngày " + DAY.format(today) + ")"));
        facts.add(row("label", "Tiến độ", "value", task.percent() + "%"
                + (task.lastProgressOn() == null ? ", chưa có báo cáo" : ", báo cáo gần nhất ngày " + DAY.format(task.lastProgressOn()))));

        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(settings.zone());
        List<Map<String, Object>> events = timeline.stream()
                .map(e -> row("at", stamp.format(e.at()), "actor", e.actor(), "text", describe(e)))
                .toList();
        List<Map<String, Object>> evidenceRows = files.stream()
                .map(f -> row("file", f.fileName(), "size", size(f.sizeBytes()), "bytes", f.sizeBytes(),
                        "uploaded", f.uploadedBy() + ", " + stamp.format(f.uploadedAt()), "sha256", f.sha256()))
                .toList();

        Map<String, Object> p = heading(now);
        p.put("TITLE", "PHIẾU THEO DÕI NHIỆM VỤ");
        p.put("SUBTITLE", taskName(task.code(), task.title()));
        p.put("FACTS", facts);
        p.put("TIMELINE", events);
        p.put("EVIDENCE", evidenceRows);
        p.put("EVIDENCE_NOTE", files.isEmpty() ? "Chưa có tệp minh chứng." : "Có " + files.size() + " tệp minh chứng:");
        p.put("FOOTNOTE", "Số liệu trích từ hệ thống Chỉ Đạo lúc " + moment(now) + ".");
        return new ReportContent("tasksheet", "Phiếu theo dõi nhiệm vụ " + taskName(task.code(), task.title()),
                (String) p.get("SUBTITLE"), "phieu-nhiem-vu-" + (task.code() == null ? id.value() : slug(task.code())), p, List.of(
                new Table("Nhiệm vụ", "Thông tin nhiệm vụ", List.of(Column.text("label", "Mục"), Column.text("value", "Nội dung")), facts),
                new Table("Diễn biến", "Diễn biến thực hiện", List.of(Column.text("at", "Thời điểm"), Column.text("actor", "Người thực hiện"),
                        Column.text("text", "Nội dung")), events),
                new Table("Minh chứng", "Minh chứng", List.of(Column.text("file", "Tệp"), Column.number("bytes", "Dung lượng (byte)"),
                        Column.text("uploaded", "Người tải lên, thời điểm"), Column.text("sha256", "SHA-256")), evidenceRows)));
    }

    private Map<String, Object> heading(Instant now) {
        LocalDate day = now.atZone(settings.zone()).toLocalDate();
        Map<String, Object> p = new HashMap<>();
        p.put("PARENT_BODY", settings.parentBody());
        p.put("ISSUER", settings.issuer());
        // The number is given when the clerk registers the signed document (Decree 30/2020, art. 15).
        p.put("NUMBER", "Số:          /" + settings.symbol());
        p.put("PLACE_DATE", settings.place() + ", ngày " + (day.getDayOfMonth() < 10 ? "0" : "") + day.getDayOfMonth()
                + " tháng " + (day.getMonthValue() < 3 ? "0" : "") + day.getMonthValue() + " năm " + day.getYear());
        return p;
    }

    private String moment(Instant now) {
        return MOMENT.format(now.atZone(settings.zone()));
    }

    private Map<Long, UnitView> units() {
        return organization.units(null).stream().collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
    }

    private static String unitName(Map<Long, UnitView> units, UnitId id) {
        UnitView unit = units.get(id.value());
        return unit == null ? "#" + id.value() : unit.displayName();
    }

    static String documentName(DocumentView document) {
        return Messages.text(VI, "report.documentKind." + document.kind().name()) + " số " + document.number()
                + " ngày " + DAY.format(document.issueDate()) + (document.issuingBody() == null ? "" : " của " + document.issuingBody());
    }

    private static Map<StatusClass, Long> totals(List<UnitStatusCounts> counts) {
        Map<StatusClass, Long> totals = new EnumMap<>(StatusClass.class);
        counts.forEach(c -> c.counts().forEach((status, n) -> totals.merge(status, n, Long::sum)));
        return totals;
    }

    private static long count(UnitStatusCounts counts, StatusClass status) {
        return counts.counts().getOrDefault(status, 0L);
    }

    /** Done on time over everything whose deadline has come: done (on time or late) plus still overdue. */
    static String onTimeRate(Map<StatusClass, Long> totals) {
        long onTime = totals.getOrDefault(StatusClass.DONE_ON_TIME, 0L);
        long due = onTime + totals.getOrDefault(StatusClass.DONE_LATE, 0L) + totals.getOrDefault(StatusClass.OVERDUE, 0L);
        if (due == 0) {
            return "Chưa có nhiệm vụ đến hạn";
        }
        return percent(onTime, due) + " (" + number(onTime) + "/" + number(due) + ")";
    }

    private static String share(long n, long total) {
        return total == 0 || n == 0 ? "" : " (" + percent(n, total) + ")";
    }

    static String percent(long part, long whole) {
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(100.0 * part / whole) + "%";
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    static String decimal(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    private static String status(StatusClass status) {
        return Messages.text(VI, "status." + status.name());
    }

    private static int severity(StatusClass status) {
        return switch (status) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NOT_STARTED -> 2;
            case IN_PROGRESS_ON_TIME -> 3;
            case DONE_LATE -> 4;
            case DONE_ON_TIME -> 5;
            case SUSPENDED -> 6;
        };
    }

    private static String taskName(String code, String title) {
        return code == null || code.isBlank() ? title : code + ". " + title;
    }

    private static String progress(int percent, LocalDate on, String text) {
        if (on == null) {
            return percent == 0 ? "Chưa có báo cáo tiến độ" : percent + "%";
        }
        String words = text == null ? "" : ": " + (text.length() > PROGRESS_TEXT ? text.substring(0, PROGRESS_TEXT) + "…" : text);
        return percent + "% (" + DAY.format(on) + ")" + words;
    }

    private static String describe(TimelineEntry entry) {
        StringBuilder text = new StringBuilder(entry.text() == null ? "" : entry.text());
        for (TimelineEntry.FieldChange change : entry.changes()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(change.field()).append(": ").append(change.before() == null ? "—" : change.before())
                    .append(" → ").append(change.after() == null ? "—" : change.after());
        }
        return text.toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format(VI, "%.1f MB", bytes / 1048576.0);
    }

    /** A file-name friendly form of a document number or code: 382/KH-UBND → 382-kh-ubnd. */
    static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}

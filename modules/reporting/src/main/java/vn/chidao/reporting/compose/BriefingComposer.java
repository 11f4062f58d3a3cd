package vn.chidao.reporting.compose;

import static vn.chidao.reporting.compose.Wording.count;
import static vn.chidao.reporting.compose.Wording.day;
import static vn.chidao.reporting.compose.Wording.decimal;
import static vn.chidao.reporting.compose.Wording.documentName;
import static vn.chidao.reporting.compose.Wording.fact;
import static vn.chidao.reporting.compose.Wording.factColumns;
import static vn.chidao.reporting.compose.Wording.number;
import static vn.chidao.reporting.compose.Wording.onTimeParts;
import static vn.chidao.reporting.compose.Wording.onTimeRate;
import static vn.chidao.reporting.compose.Wording.periods;
import static vn.chidao.reporting.compose.Wording.progress;
import static vn.chidao.reporting.compose.Wording.row;
import static vn.chidao.reporting.compose.Wording.share;
import static vn.chidao.reporting.compose.Wording.slug;
import static vn.chidao.reporting.compose.Wording.status;
import static vn.chidao.reporting.compose.Wording.taskName;
import static vn.chidao.reporting.compose.Wording.text;
import static vn.chidao.reporting.compose.Wording.totals;
import static vn.chidao.reporting.compose.Wording.unitName;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetStanding;
import vn.chidao.plan.TargetView;
import vn.chidao.reporting.archive.Archive;
import vn.chidao.reporting.engine.ReportContent;
import vn.chidao.reporting.engine.Table;
import vn.chidao.reporting.engine.Table.Column;
import vn.chidao.tasks.ExtensionTally;
import vn.chidao.tasks.IssueKind;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.OverdueTask;
import vn.chidao.tasks.PeriodTally;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskIssues;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.UnitStatusCounts;

/**
 * The committee's briefing (Báo cáo tình hình thực hiện nhiệm vụ): reads the tasks, targets and units
 * through their modules' API (inside the caller's {@link Snapshot}) and decides every number and sentence;
 * the template only lays them out, and the Excel version takes the very same rows.
 */
@ApplicationScoped
public class BriefingComposer {

    private static final int MAX_ROWS = 20_000;

    @Inject
    TaskQueries queries;

    @Inject
    Planning planning;

    @Inject
    Letterhead letterhead;

    @Inject
    ReportSettings settings;

    @Inject
    TaskIssues issues;

    @Inject
    Archive archive;

    @Inject
    FundingSection fundingSection;

    /**
     * The pie's slices: each says its count and share as the facts table does ({@link Wording#share}, one decimal), not
     * as the chart library would round it ("5%" beside a table's "4,8%").
     */
    static List<Map<String, Object>> slices(Map<StatusClass, Long> totals) {
        List<Map<String, Object>> slices = new ArrayList<>();
        long sliced = totals.values().stream().mapToLong(Long::longValue).sum();
        for (StatusClass status : StatusClass.values()) {
            long n = totals.getOrDefault(status, 0L);
            if (n > 0) {
                slices.add(row("label", status(status), "count", n, "text", number(n) + share(n, sliced)));
            }
        }
        return slices;
    }

    /** The briefing for one document, or for every task when {@code documentId} is null. */
    public ReportContent briefing(DocumentId documentId, LocalDate asOf, Caller caller, Instant now) {
        DocumentView document = documentId == null ? null : planning.document(documentId)
                .orElseThrow(() -> RuleViolation.notFound("report.document.unknown"));
        TaskFilter filter = new TaskFilter(null, documentId, null, null, null, null, asOf);
        Map<Long, UnitView> units = letterhead.units();
        List<UnitStatusCounts> current = queries.countsByUnit(filter, caller, false);
        Map<StatusClass, Long> totals = totals(current);
        PeriodTally periods = queries.periodTally(filter, caller);
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        ExtensionTally extensions = queries.extensionsGranted(filter, caller);
        List<OverdueTask> overdue = queries.overdue(filter, caller, MAX_ROWS);
        Map<TaskId, String> lastWords = queries.latestProgressText(overdue.stream().map(OverdueTask::id).toList());
        List<TargetView> targets = documentId == null ? planning.allTargets(asOf) : planning.targets(documentId, asOf);

        String scope = document == null ? text("briefing.scope.all") : documentName(document);
        Map<String, Object> p = letterhead.heading(now);
        p.put("TITLE", text("briefing.title"));
        p.put("SUBTITLE", text("briefing.subtitle", scope, day(asOf)));

        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact(text("briefing.total"), number(total), total, null));
        for (StatusClass status : StatusClass.values()) {
            long n = totals.getOrDefault(status, 0L);
            facts.add(fact(status(status), number(n) + share(n, total), n, total));
        }
        // on-time rates count tasks with a date or period for deadline; periodic tasks are counted by their periods
        Map<StatusClass, Long> againstCurrent = queries.datedTotals(filter, caller, false);
        Map<StatusClass, Long> againstOriginal = queries.datedTotals(filter, caller, true);
        facts.add(fact(text("briefing.onTime.current"), onTimeRate(againstCurrent), onTimeParts(againstCurrent)[0],
                onTimeParts(againstCurrent)[1]));
        facts.add(fact(text("briefing.onTime.original"), onTimeRate(againstOriginal), onTimeParts(againstOriginal)[0],
                onTimeParts(againstOriginal)[1]));
        facts.add(fact(text("briefing.periods"), periods(periods), periods.onTime(), periods.due()));
        facts.add(fact(text("briefing.extensions"),
                text("briefing.extensions.value", number(extensions.granted()), number(extensions.tasksExtended())),
                extensions.granted(), null));
        // early warning, a separate axis: open tasks likely to be late although not late yet
        long atRisk = queries.riskCounts(filter, caller).getOrDefault(RiskClass.AT_RISK, 0L);
        facts.add(fact(text("briefing.atRisk"), number(atRisk) + share(atRisk, total), atRisk, total));
        List<Map<String, Object>> atRiskRows = atRiskRows(filter, caller, units);

        List<Map<String, Object>> statusSlices = slices(totals);

        List<Map<String, Object>> unitRows = current.stream()
                .sorted(Comparator.comparingLong((UnitStatusCounts c) -> -count(c, StatusClass.OVERDUE))
                        .thenComparingLong(c -> -c.total())
                        .thenComparing(c -> unitName(units, c.unit()), vn.chidao.kernel.Words.vietnameseOrder()))
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
                        "unit", unitName(units, o.leadUnit()), "due", day(o.dueDate()), "days", o.daysOverdue(),
                        "originalDue", day(o.originalDueDate()), "percent", (long) o.percent(),
                        "lastProgressOn", o.lastProgressOn() == null ? null : day(o.lastProgressOn()),
                        "lastProgress", lastWords.get(o.id()),
                        "progress", progress(o.percent(), o.lastProgressOn(), lastWords.get(o.id()))))
                .toList();

        Map<TargetStanding, Long> standings = new EnumMap<>(TargetStanding.class);
        targets.forEach(t -> standings.merge(t.standing(), 1L, Long::sum));
        List<Map<String, Object>> targetRows = targets.stream()
                .map(t -> row("pillar", t.pillar() == null ? text("briefing.targets.noPillar") : Messages.text(Wording.VI, "report.pillar." + t.pillar().name()),
                        "name", t.name(), "unit", t.unitOfMeasure(), "baseline", decimal(t.baseline()),
                        "latest", t.latest() == null ? "—" : decimal(t.latest().value()) + "\n(" + day(t.latest().asOf()) + ")",
                        "latestValue", t.latest() == null ? null : t.latest().value(),
                        "latestOn", t.latest() == null ? null : day(t.latest().asOf()),
                        // the horizons as the plan wrote them ("2025: 15–20%", "2030: ≥ 30%"); no baseline nobody entered
                        "target", String.join("\n", t.milestones().stream().map(m -> m.due().getYear() + ": " + m.written()).toList()),
                        "targetValue", t.targetValue(), "targetDate", t.targetDate() == null ? null : day(t.targetDate()),
                        "standing", standing(t.standing())))
                .toList();

        long done = totals.getOrDefault(StatusClass.DONE_ON_TIME, 0L) + totals.getOrDefault(StatusClass.DONE_LATE, 0L);
        p.put("INTRO", text("briefing.intro", scope, day(asOf), number(total), number(current.size()), number(done),
                number(totals.getOrDefault(StatusClass.DONE_ON_TIME, 0L)), number(totals.getOrDefault(StatusClass.OVERDUE, 0L))));
        p.put("FACTS", facts);
        p.put("STATUS_ROWS", statusSlices);
        p.put("UNIT_ROWS", unitRows);
        p.put("OVERDUE_CHART", overdueChart);
        p.put("OVERDUE_ROWS", overdueRows);
        p.put("OVERDUE_NOTE", overdueRows.isEmpty() ? text("briefing.overdue.none")
                : text("briefing.overdue.some", number(overdueRows.size())));
        p.put("ATRISK_ROWS", atRiskRows);
        p.put("ATRISK_NOTE", atRiskRows.isEmpty() ? text("briefing.atRisk.none")
                : text("briefing.atRisk.some", number(atRiskRows.size())));
        // IV: what units say holds them back, not yet answered, by unit and then oldest first
        List<IssueView> openIssues = issues.list(caller, null, true, null, documentId);
        List<Map<String, Object>> issueRows = openIssues.stream()
                .sorted(Comparator.comparing((IssueView i) -> unitName(units, i.unit()), vn.chidao.kernel.Words.vietnameseOrder())
                        .thenComparing(IssueView::raisedOn))
                .map(i -> row("unit", unitName(units, i.unit()), "task", i.taskCode() + ". " + i.taskTitle(),
                        "kind", text("issue.kind." + i.kind().name()), "text", i.text(), "raisedOn", day(i.raisedOn()),
                        "days", i.ageDays(), "state", text("issue.state." + i.state().name())))
                .toList();
        long obstacles = openIssues.stream().filter(i -> i.kind() == IssueKind.OBSTACLE).count();
        p.put("ISSUE_ROWS", issueRows);
        p.put("ISSUES_NOTE", issueRows.isEmpty() ? text("briefing.issues.none")
                : text("briefing.issues.some", number(obstacles), number(issueRows.size() - obstacles),
                        number(issueRows.stream().map(r -> r.get("unit")).distinct().count())));
        // and what the committee answered since its last briefing about the same document (or in the last 30 days)
        java.util.Optional<Instant> previous = archive.lastBriefing(documentId, now);
        Instant since = previous.orElse(now.minus(java.time.Duration.ofDays(30)));
        List<Map<String, Object>> answerRows = issues.answeredSince(caller, documentId, since).stream()
                .map(i -> row("unit", unitName(units, i.unit()), "text", text("issue.kind." + i.kind().name()) + ": " + i.text(),
                        "answer", i.answer(), "state", text("issue.state." + i.state().name()),
                        "answeredOn", day(LocalDate.ofInstant(i.answeredAt(), settings.zone()))))
                .toList();
        p.put("ANSWER_ROWS", answerRows);
        p.put("ANSWERS_NOTE", text((answerRows.isEmpty() ? "briefing.answers.none" : "briefing.answers.some")
                + (previous.isPresent() ? "" : ".first"), letterhead.moment(since), number(answerRows.size())));
        p.put("TARGET_ROWS", targetRows);
        p.put("TARGETS_NOTE", targets.isEmpty() ? text("briefing.targets.none") : text("briefing.targets.some",
                number(targets.size()), lower(standing(TargetStanding.ON_TRACK)), number(standings.getOrDefault(TargetStanding.ON_TRACK, 0L)),
                lower(standing(TargetStanding.AT_RISK)), number(standings.getOrDefault(TargetStanding.AT_RISK, 0L)),
                lower(standing(TargetStanding.OFF_TRACK)), number(standings.getOrDefault(TargetStanding.OFF_TRACK, 0L)),
                lower(standing(TargetStanding.NO_DATA)), number(standings.getOrDefault(TargetStanding.NO_DATA, 0L))));
        // VI: the money behind the plan
        List<Table> fundingSheets = fundingSection.compose(documentId, asOf, caller, p);
        p.put("FOOTNOTE", text("briefing.footnote", letterhead.moment(now)));
        p.put("RECIPIENTS", settings.recipients());
        p.put("SIGNER_TITLE", settings.signer());

        String subtitle = (String) p.get("SUBTITLE");
        String stem = "bao-cao-" + (document == null ? "tong-hop" : slug(document.number())) + "-" + asOf;
        return new ReportContent("briefing", text("briefing.name", lower(subtitle.substring(0, 1)) + subtitle.substring(1)),
                subtitle, stem, p, List.of(
                new Table(text("facts.sheet"), text("facts.title"), factColumns(), facts),
                new Table(text("briefing.units.sheet"), text("briefing.units.title"), List.of(Column.text("unit", text("col.leadUnit")),
                        Column.number("total", text("col.total")), Column.number("notStarted", status(StatusClass.NOT_STARTED)),
                        Column.number("onTime", status(StatusClass.IN_PROGRESS_ON_TIME)), Column.number("dueSoon", status(StatusClass.DUE_SOON)),
                        Column.number("overdue", status(StatusClass.OVERDUE)), Column.number("doneOnTime", status(StatusClass.DONE_ON_TIME)),
                        Column.number("doneLate", status(StatusClass.DONE_LATE)), Column.number("suspended", status(StatusClass.SUSPENDED))),
                        unitRows),
                new Table(text("briefing.overdue.sheet"), text("briefing.overdue.title"), List.of(Column.text("code", text("col.code")),
                        Column.text("title", text("col.task")), Column.text("unit", text("col.leadUnit")), Column.date("due", text("col.due")),
                        Column.date("originalDue", text("col.originalDue")), Column.number("days", text("col.daysOverdue")),
                        Column.number("percent", text("col.percent")), Column.date("lastProgressOn", text("col.lastProgressOn")),
                        Column.text("lastProgress", text("col.lastProgressText"))), overdueRows),
                new Table(text("briefing.atRisk.sheet"), text("briefing.atRisk"), List.of(Column.text("code", text("col.code")),
                        Column.text("title", text("col.task")), Column.text("unit", text("col.leadUnit")), Column.date("due", text("col.due")),
                        Column.number("timeGone", text("col.timeGone")), Column.number("percent", text("col.percent")),
                        Column.text("reason", text("col.riskReason"))), atRiskRows),
                new Table(text("briefing.issues.sheet"), text("briefing.issues.title"), List.of(Column.text("unit", text("col.unit")),
                        Column.text("task", text("col.task")), Column.text("kind", text("col.issueKind")), Column.text("text", text("col.issue")),
                        Column.date("raisedOn", text("col.raisedOn")), Column.number("days", text("col.issueDays")),
                        Column.text("state", text("col.issueState"))), issueRows),
                new Table(text("briefing.answers.sheet"), text("briefing.answers.title"), List.of(Column.text("unit", text("col.unit")),
                        Column.text("text", text("col.issue")), Column.text("answer", text("col.answer")),
                        Column.text("state", text("col.issueState")), Column.date("answeredOn", text("col.answeredOn"))), answerRows),
                new Table(text("briefing.targets.sheet"), text("briefing.targets.title"), List.of(Column.text("name", text("col.target")),
                        Column.text("unit", text("col.unitOfMeasure")), Column.text("baseline", text("col.baseline")),
                        Column.number("latestValue", text("col.latest")), Column.date("latestOn", text("col.latestOn")),
                        Column.number("targetValue", text("col.targetValue")), Column.date("targetDate", text("col.targetDate")),
                        Column.text("standing", text("col.standing"))), targetRows),
                fundingSheets.get(0), fundingSheets.get(1)));
    }

    /**
     * The open tasks at risk of running late as of the filter's day, with the reason in words: those trailing their time
     * the most first, then those with unreported periods, then those awaiting an extension decision.
     */
    private List<Map<String, Object>> atRiskRows(TaskFilter filter, Caller caller, Map<Long, UnitView> units) {
        return queries.list(filter.risk(RiskClass.AT_RISK), caller, 0, MAX_ROWS).stream()
                .sorted(Comparator.comparing((TaskView t) -> t.risk().ground())
                        .thenComparingInt(t -> t.risk().percent() - t.risk().timeGone())
                        .thenComparingInt(t -> -t.risk().missedPeriods())
                        .thenComparing(TaskView::dueDate).thenComparing(t -> t.id().value()))
                .map(t -> row("task", taskName(t.code(), t.title()), "code", t.code(), "title", t.title(),
                        "unit", unitName(units, t.leadUnit()), "due", day(t.dueDate()), "timeGone", (long) t.risk().timeGone(),
                        "percent", (long) t.risk().percent(), "reason", upper(t.risk().reason(Wording.VI))))
                .toList();
    }

    private static String upper(String sentence) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(Wording.VI) + sentence.substring(1);
    }

    private static String standing(TargetStanding standing) {
        return Messages.text(Wording.VI, "report.standing." + standing.name());
    }

    private static String lower(String text) {
        return text.toLowerCase(Wording.VI);
    }
}

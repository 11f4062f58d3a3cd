package vn.chidao.reporting.compose;

import static vn.chidao.reporting.compose.Wording.day;
import static vn.chidao.reporting.compose.Wording.fact;
import static vn.chidao.reporting.compose.Wording.factColumns;
import static vn.chidao.reporting.compose.Wording.number;
import static vn.chidao.reporting.compose.Wording.onTimeParts;
import static vn.chidao.reporting.compose.Wording.onTimeRate;
import static vn.chidao.reporting.compose.Wording.periods;
import static vn.chidao.reporting.compose.Wording.progress;
import static vn.chidao.reporting.compose.Wording.row;
import static vn.chidao.reporting.compose.Wording.severity;
import static vn.chidao.reporting.compose.Wording.share;
import static vn.chidao.reporting.compose.Wording.slug;
import static vn.chidao.reporting.compose.Wording.status;
import static vn.chidao.reporting.compose.Wording.taskName;
import static vn.chidao.reporting.compose.Wording.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.reporting.engine.ReportContent;
import vn.chidao.reporting.engine.Table;
import vn.chidao.reporting.engine.Table.Column;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.PeriodTally;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskIssues;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.TaskView;

/** One unit's scorecard (Bảng theo dõi nhiệm vụ): the tasks it leads and those it cooperates on, the most pressing first. */
@ApplicationScoped
public class ScorecardComposer {

    private static final int MAX_ROWS = 20_000;

    @Inject
    TaskQueries queries;

    @Inject
    Organization organization;

    @Inject
    Letterhead letterhead;

    @Inject
    ReportSettings settings;

    @Inject
    TaskIssues issues;

    public ReportContent scorecard(UnitId unitId, LocalDate asOf, Caller caller, Instant now) {
        UnitView unit = organization.unit(unitId).orElseThrow(() -> RuleViolation.notFound("report.unit.unknown"));
        List<TaskView> tasks = queries.list(new TaskFilter(unitId, null, null, null, null, null, asOf), caller, 0, MAX_ROWS);
        Map<TaskId, String> lastWords = queries.latestProgressText(tasks.stream().map(TaskView::id).toList());
        Map<StatusClass, Long> lead = new EnumMap<>(StatusClass.class);
        Map<StatusClass, Long> leadDated = new EnumMap<>(StatusClass.class);
        tasks.stream().filter(t -> t.leadUnit().equals(unitId)).forEach(t -> {
            lead.merge(t.status(), 1L, Long::sum);
            if (!t.deadline().kind().periodic()) {
                leadDated.merge(t.status(), 1L, Long::sum);
            }
        });
        long leading = lead.values().stream().mapToLong(Long::longValue).sum();

        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact(text("scorecard.leading"), number(leading), leading, null));
        facts.add(fact(text("scorecard.cooperating"), number(tasks.size() - leading), tasks.size() - leading, null));
        for (StatusClass status : StatusClass.values()) {
            long n = lead.getOrDefault(status, 0L);
            facts.add(fact(text("scorecard.statusAsLead", status(status)), number(n) + share(n, leading), n, leading));
        }
        // on time counts tasks with a date or period for deadline; periodic ones by their periods
        facts.add(fact(text("scorecard.onTime"), onTimeRate(leadDated), onTimeParts(leadDated)[0], onTimeParts(leadDated)[1]));
        PeriodTally periodTally = queries.periodTally(new TaskFilter(unitId, null, null, null, null, null, asOf), caller);
        facts.add(fact(text("scorecard.periods"), periods(periodTally), periodTally.onTime(), periodTally.due()));
        long atRisk = tasks.stream().filter(t -> t.leadUnit().equals(unitId) && t.risk().level() == RiskClass.AT_RISK).count();
        facts.add(fact(text("scorecard.atRisk"), number(atRisk) + share(atRisk, leading), atRisk, leading));

        List<Map<String, Object>> rows = tasks.stream()
                .sorted(Comparator.comparingInt((TaskView t) -> severity(t.status())).thenComparing(TaskView::dueDate))
                .map(t -> {
                    boolean leads = t.leadUnit().equals(unitId);
                    return row("task", leads ? taskName(t.code(), t.title()) : text("scorecard.taskAsCooperating", taskName(t.code(), t.title())),
                            "code", t.code(), "title", t.title(), "role", text(leads ? "scorecard.role.lead" : "scorecard.role.cooperating"),
                            "due", day(t.dueDate()) + (t.deadline().kind().periodic() || t.dueDate().equals(t.originalDueDate()) ? ""
                                    : "\n" + text("scorecard.firstDue", day(t.originalDueDate()))),
                            "dueDate", day(t.dueDate()), "originalDue", day(t.originalDueDate()),
                            "extensions", (long) t.extensionCount(), "percent", (long) t.percent(), "statusClass", status(t.status()),
                            "status", status(t.status()) + (t.risk().level() == RiskClass.AT_RISK
                                    ? "\n" + text("scorecard.atRiskBecause", t.risk().reason(Wording.VI)) : ""),
                            "risk", t.risk().level() == RiskClass.AT_RISK ? t.risk().reason(Wording.VI) : null,
                            "lastProgress", lastWords.get(t.id()),
                            "progress", progress(t.percent(), t.lastProgressOn(), lastWords.get(t.id())));
                })
                .toList();

        // the unit's own obstacles and recommendations, open ones first, each with where it stands
        List<IssueView> own = issues.list(caller, unitId, false, null);
        List<Map<String, Object>> issueRows = own.stream()
                .sorted(Comparator.comparing((IssueView i) -> !i.state().open()).thenComparing(IssueView::raisedOn))
                .map(i -> row("unit", unit.displayName(), "task", i.taskCode() + ". " + i.taskTitle(),
                        "kind", text("issue.kind." + i.kind().name()), "text", i.text() + (i.answer() == null ? ""
                                : "\n→ " + i.answer()), "raisedOn", day(i.raisedOn()), "days", i.ageDays(),
                        "state", text("issue.state." + i.state().name())))
                .toList();
        long waiting = own.stream().filter(i -> i.state().open()).count();

        Map<String, Object> p = letterhead.heading(now);
        // a "bảng theo dõi" is none of Decree 30/2020's document kinds: it carries no number or symbol of its own and
        // goes out attached to a report or a letter
        p.put("NUMBER", "");
        p.put("ISSUE_ROWS", issueRows);
        p.put("ISSUES_NOTE", own.isEmpty() ? text("scorecard.issues.none")
                : text("scorecard.issues.some", number(own.size()), number(waiting)));
        p.put("RECIPIENTS", settings.recipients());
        p.put("SIGNER_TITLE", settings.signer());
        p.put("TITLE", text("scorecard.title"));
        p.put("SUBTITLE", text("scorecard.subtitle", unit.name(), day(asOf)));
        p.put("INTRO", text("scorecard.intro", unit.name(), number(leading), number(tasks.size() - leading)));
        p.put("FACTS", facts);
        p.put("ROWS", rows);
        p.put("FOOTNOTE", letterhead.extracted(now));
        return new ReportContent("scorecard", text("scorecard.name", unit.name(), day(asOf)),
                (String) p.get("SUBTITLE"), "bang-theo-doi-" + slug(unit.code()) + "-" + asOf, p, List.of(
                new Table(text("facts.sheet"), text("facts.title"), factColumns(), facts),
                new Table(text("scorecard.tasks.sheet"), text("scorecard.tasks.title"), List.of(Column.text("code", text("col.code")),
                        Column.text("title", text("col.task")), Column.text("role", text("col.role")), Column.date("dueDate", text("col.due")),
                        Column.date("originalDue", text("col.originalDue")), Column.number("extensions", text("col.extensions")),
                        Column.text("statusClass", text("col.status")), Column.text("risk", text("col.riskReason")),
                        Column.number("percent", text("col.percent")), Column.text("lastProgress", text("col.lastProgress"))), rows),
                new Table(text("scorecard.issues.sheet"), text("briefing.issues.title"), List.of(Column.text("task", text("col.task")),
                        Column.text("kind", text("col.issueKind")), Column.text("text", text("col.issue")),
                        Column.date("raisedOn", text("col.raisedOn")), Column.number("days", text("col.issueDays")),
                        Column.text("state", text("col.issueState"))), issueRows)));
    }
}

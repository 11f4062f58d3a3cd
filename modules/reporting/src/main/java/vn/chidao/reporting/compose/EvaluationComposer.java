package vn.chidao.reporting.compose;

import static vn.chidao.reporting.compose.Wording.day;
import static vn.chidao.reporting.compose.Wording.decimal;
import static vn.chidao.reporting.compose.Wording.fact;
import static vn.chidao.reporting.compose.Wording.factColumns;
import static vn.chidao.reporting.compose.Wording.number;
import static vn.chidao.reporting.compose.Wording.row;
import static vn.chidao.reporting.compose.Wording.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.organization.Caller;
import vn.chidao.reporting.EvaluationCriteria;
import vn.chidao.reporting.EvaluationPeriod;
import vn.chidao.reporting.EvaluationRow;
import vn.chidao.reporting.EvaluationView;
import vn.chidao.reporting.Evaluations;
import vn.chidao.reporting.Grade;
import vn.chidao.reporting.engine.ReportContent;
import vn.chidao.reporting.engine.Table;
import vn.chidao.reporting.engine.Table.Column;
import vn.chidao.reporting.engine.Templates;
import vn.chidao.tasks.UnitPerformance;

/**
 * The evaluation report (Báo cáo kết quả đánh giá, xếp loại): the criteria in words, the ranking with grades and the
 * signature block on portrait pages, every unit's figures in a landscape appendix; in XLSX the same as numbers.
 */
@ApplicationScoped
public class EvaluationComposer {

    @Inject
    Evaluations evaluations;

    @Inject
    Letterhead letterhead;

    @Inject
    ReportSettings settings;

    public ReportContent evaluation(EvaluationPeriod period, Caller caller, Instant now) {
        EvaluationView view = evaluations.evaluation(period, caller);
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EvaluationRow r : view.rows()) {
            grades.merge(r.grade(), 1L, Long::sum);
            UnitPerformance f = r.figures();
            rows.add(row("rank", r.rank() == null ? "—" : r.rank().toString(), "unit", r.unitName(), "score", decimal(r.score()),
                    "grade", text("evaluation.grade." + r.grade()), "overdue", number(f.overdue()),
                    "tasksDue", number(f.tasksDue()), "doneOnTime", number(f.doneOnTime()), "doneLate", number(f.doneLate()),
                    "periodsDue", number(f.periodsDue()), "periodsOnTime", number(f.periodsOnTime()),
                    "periodsLate", number(f.periodsLate()), "periodsMissing", number(f.periodsMissing()),
                    "extensions", number(f.extensions()), "issues", number(f.issuesRaised()) + "/" + number(f.issuesSettled()),
                    "nRank", r.rank() == null ? null : r.rank().longValue(), "nScore", r.score(), "nOverdue", f.overdue(),
                    "nTasksDue", f.tasksDue(), "nDoneOnTime", f.doneOnTime(), "nDoneLate", f.doneLate(), "nPeriodsDue", f.periodsDue(),
                    "nPeriodsOnTime", f.periodsOnTime(), "nPeriodsLate", f.periodsLate(), "nPeriodsMissing", f.periodsMissing(),
                    "nExtensions", f.extensions(), "nIssuesRaised", f.issuesRaised(), "nIssuesSettled", f.issuesSettled()));
        }
        long graded = view.rows().size() - grades.getOrDefault(Grade.NOT_GRADED, 0L);
        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact(text("evaluation.fact.units"), number(view.rows().size()), (long) view.rows().size(), null));
        for (Grade grade : Grade.values()) {
            long n = grades.getOrDefault(grade, 0L);
            facts.add(fact(text("evaluation.grade." + grade), number(n) + (grade == Grade.NOT_GRADED ? "" : Wording.share(n, graded)),
                    n, grade == Grade.NOT_GRADED ? null : graded));
        }
        String state = view.closed() ? text("evaluation.state.closed", letterhead.moment(view.closedAt()))
                : text("evaluation.state.open", day(view.asOf()));

        Map<String, Object> p = letterhead.heading(now);
        p.put("TITLE", text("evaluation.title"));
        p.put("SUBTITLE", text("evaluation.subtitle", view.label()));
        p.put("INTRO", text("evaluation.intro", settings.issuer(), view.label(), day(view.from()), day(view.to())) + " " + state);
        p.put("FACTS", facts);
        p.put("CRITERIA", criteria(view.criteria()));
        p.put("ROWS", rows);
        p.put("CLOSING", text("evaluation.closing", number(graded), number(grades.getOrDefault(Grade.EXCELLENT, 0L)),
                number(grades.getOrDefault(Grade.GOOD, 0L)), number(grades.getOrDefault(Grade.PASS, 0L)),
                number(grades.getOrDefault(Grade.FAIL, 0L)), number(grades.getOrDefault(Grade.NOT_GRADED, 0L))));
        p.put("FOOTNOTE", letterhead.extracted(now));
        p.put("RECIPIENTS", settings.recipients());
        p.put("SIGNER_TITLE", settings.signer());
        p.put(Templates.APPENDIX, "evaluation-appendix");
        p.put("APPENDIX_TITLE", text("evaluation.appendix.title", view.label().toUpperCase(Wording.VI)));
        p.put("APPENDIX_SUBTITLE", text("evaluation.appendix.subtitle"));
        p.put("APPENDIX_NOTE", text("evaluation.appendix.note"));
        String stem = "danh-gia-xep-loai-" + view.period().toLowerCase();
        return new ReportContent("evaluation", text("evaluation.name", view.label()), (String) p.get("SUBTITLE"), stem, p, List.of(
                new Table(text("facts.sheet"), text("facts.title"), factColumns(), facts),
                new Table(text("evaluation.sheet"), text("evaluation.subtitle", view.label()), List.of(
                        Column.number("nRank", text("evaluation.col.rank")), Column.text("unit", text("evaluation.col.unit")),
                        Column.number("nScore", text("evaluation.col.score")), Column.text("grade", text("evaluation.col.grade")),
                        Column.number("nTasksDue", text("evaluation.col.tasksDue")),
                        Column.number("nDoneOnTime", text("evaluation.col.doneOnTime")),
                        Column.number("nDoneLate", text("evaluation.col.doneLate")), Column.number("nOverdue", text("evaluation.col.overdue")),
                        Column.number("nPeriodsDue", text("evaluation.col.periodsDue")),
                        Column.number("nPeriodsOnTime", text("evaluation.col.periodsOnTime")),
                        Column.number("nPeriodsLate", text("evaluation.col.periodsLate")),
                        Column.number("nPeriodsMissing", text("evaluation.col.periodsMissing")),
                        Column.number("nExtensions", text("evaluation.col.extensions")),
                        Column.number("nIssuesRaised", text("evaluation.col.issuesRaised")),
                        Column.number("nIssuesSettled", text("evaluation.col.issuesSettled"))), rows)));
    }

    /** The criteria as a sentence the committee can check a grade against. */
    static String criteria(EvaluationCriteria c) {
        return text("evaluation.criteria", c.tasksWeight(), c.reportsWeight(), c.lateCredit(), decimal(c.extensionPenalty()),
                c.extensionCap(), c.excellentFrom(), c.excellentWithoutOverdue() ? text("evaluation.criteria.noOverdue") : "",
                c.goodFrom(), c.passFrom());
    }
}

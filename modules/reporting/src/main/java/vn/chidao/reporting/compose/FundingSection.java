package vn.chidao.reporting.compose;

import static vn.chidao.reporting.compose.Wording.percent;
import static vn.chidao.reporting.compose.Wording.row;
import static vn.chidao.reporting.compose.Wording.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.Money;
import vn.chidao.organization.Caller;
import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.engine.Table;
import vn.chidao.reporting.engine.Table.Column;
import vn.chidao.tasks.Funding;
import vn.chidao.tasks.FundingBreakdown;
import vn.chidao.tasks.FundingRow;
import vn.chidao.tasks.FundingSummary;

/**
 * The briefing's section on money (kinh phí): what the documents budget and what was planned for tasks, by source and
 * by lead unit, what was disbursed and the rate — in words on the page ("12,8 tỷ đồng"), in đồng as numbers in the
 * workbook, and a chart of planned against disbursed by source.
 */
@ApplicationScoped
class FundingSection {

    @Inject
    Funding funding;

    /** The section's parameters (FUNDING_NOTE, FUNDING_SOURCE_ROWS, FUNDING_UNIT_ROWS, FUNDING_CHART) and its two sheets. */
    List<Table> compose(DocumentId document, LocalDate asOf, Caller caller, Map<String, Object> p) {
        FundingSummary bySource = funding.summary(FundingBreakdown.SOURCE, document, asOf, caller, Wording.VI);
        FundingSummary byUnit = funding.summary(FundingBreakdown.UNIT, document, asOf, caller, Wording.VI);
        List<Map<String, Object>> sourceRows = rows(bySource);
        List<Map<String, Object>> unitRows = rows(byUnit);
        List<Map<String, Object>> chart = new ArrayList<>();
        for (FundingRow r : bySource.rows()) {
            if (r.planned() > 0 || r.disbursed() > 0 || r.envelope() != null && r.envelope() > 0) {
                chart.add(row("source", r.name(), "series", text("briefing.funding.planned"), "billions", billions(r.planned())));
                chart.add(row("source", r.name(), "series", text("briefing.funding.disbursed"), "billions", billions(r.disbursed())));
            }
        }
        FundingRow total = bySource.total();
        boolean none = bySource.rows().isEmpty();
        long overPlan = byUnit.rows().stream().filter(FundingRow::overPlan).count();
        long envelope = total.envelope() == null ? 0 : total.envelope();
        p.put("FUNDING_NOTE", none ? text("briefing.funding.none") : text(envelope == 0 ? "briefing.funding.someNoEnvelope"
                : "briefing.funding.some", Money.words(envelope), Money.words(total.planned()), Money.words(total.disbursed()),
                total.planned() == 0 ? "—" : percent(total.disbursed(), total.planned()))
                + (overPlan == 0 ? "" : " " + text("briefing.funding.overPlan", overPlan)));
        p.put("FUNDING_SOURCE_ROWS", none ? List.of() : sourceRows);
        p.put("FUNDING_UNIT_ROWS", byUnit.rows().isEmpty() ? List.of() : unitRows);
        p.put("FUNDING_CHART", chart);
        return List.of(
                new Table(text("briefing.funding.sourceSheet"), text("briefing.funding.sourceTitle"), List.of(
                        Column.text("name", text("col.fundingSource")), Column.money("envelopeValue", text("col.envelope")),
                        Column.money("plannedValue", text("col.plannedForTasks")), Column.money("disbursedValue", text("col.disbursed")),
                        Column.percent("rateValue", text("col.disbursedRate"))), sourceRows),
                new Table(text("briefing.funding.unitSheet"), text("briefing.funding.unitTitle"), List.of(
                        Column.text("name", text("col.leadUnit")), Column.money("plannedValue", text("col.plannedForTasks")),
                        Column.money("disbursedValue", text("col.disbursed")), Column.percent("rateValue", text("col.disbursedRate"))),
                        unitRows));
    }

    private static List<Map<String, Object>> rows(FundingSummary summary) {
        List<Map<String, Object>> rows = new ArrayList<>();
        summary.rows().forEach(r -> rows.add(line(r, false)));
        if (!summary.rows().isEmpty()) {
            rows.add(line(summary.total(), true));
        }
        return rows;
    }

    private static Map<String, Object> line(FundingRow r, boolean total) {
        return row("name", r.name() + (r.overPlan() && !total ? " (*)" : ""), "total", total,
                "envelope", r.envelope() == null ? null : r.envelope() == 0 ? "—" : Money.words(r.envelope()),
                "planned", r.planned() == 0 ? "—" : Money.words(r.planned()), "disbursed", Money.words(r.disbursed()),
                "rate", r.planned() == 0 ? "—" : percent(r.disbursed(), r.planned()),
                "envelopeValue", r.envelope(), "plannedValue", r.planned(), "disbursedValue", r.disbursed(),
                "rateValue", r.rate());
    }

    private static double billions(long dong) {
        return Math.round(dong / 10_000_000.0) / 100.0;
    }
}

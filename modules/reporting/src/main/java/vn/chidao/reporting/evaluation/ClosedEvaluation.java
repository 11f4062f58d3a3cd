package vn.chidao.reporting.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.chidao.reporting.EvaluationPeriod;
import vn.chidao.reporting.EvaluationRow;
import vn.chidao.reporting.EvaluationView;

/** An evaluation the secretariat closed: its rows, the criteria and the day it was judged on, as they were then. */
@Entity
@Table(name = "rpt_evaluation")
public class ClosedEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 8, unique = true)
    private String period;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Embedded
    private CriteriaValues criteria;

    @Column(name = "closed_by", nullable = false, length = 254)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "rpt_evaluation_row", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<ClosedRow> rows = new ArrayList<>();

    protected ClosedEvaluation() {
    }

    ClosedEvaluation(EvaluationView live, String by, Instant at) {
        period = live.period();
        asOf = live.asOf();
        criteria = new CriteriaValues(live.criteria());
        closedBy = by;
        closedAt = at;
        for (EvaluationRow row : live.rows()) {
            rows.add(new ClosedRow(rows.size() + 1, row));
        }
    }

    EvaluationView view() {
        EvaluationPeriod p = EvaluationPeriod.parse(period);
        return new EvaluationView(period, p.label(), p.from(), p.to(), asOf, true, closedBy, closedAt, criteria.criteria(null),
                rows.stream().sorted(Comparator.comparingInt(ClosedRow::position)).map(ClosedRow::row).toList());
    }
}

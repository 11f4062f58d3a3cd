package vn.chidao.reporting.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.chidao.reporting.EvaluationCriteria;

/** The one row of criteria open periods are graded by. */
@Entity
@Table(name = "rpt_evaluation_criteria")
public class CurrentCriteria {

    static final long ID = 1;

    @Id
    private Long id;

    @Embedded
    private CriteriaValues values;

    @Column(name = "changed_by", length = 254)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected CurrentCriteria() {
    }

    public EvaluationCriteria criteria() {
        return values.criteria(version);
    }

    void change(EvaluationCriteria criteria, String by, Instant at) {
        values = new CriteriaValues(criteria);
        changedBy = by;
        changedAt = at;
    }

    long version() {
        return version;
    }
}

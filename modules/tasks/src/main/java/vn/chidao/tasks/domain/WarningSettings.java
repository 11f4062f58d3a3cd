package vn.chidao.tasks.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of the secretariat's early-warning settings ({@link RiskRules}). */
@Entity
@Table(name = "early_warning")
public class WarningSettings {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "from_percent", nullable = false)
    private int from;

    @Column(name = "margin_points", nullable = false)
    private int margin;

    @Column(name = "missed_periods", nullable = false)
    private int missedPeriods;

    @Column(name = "changed_by", length = 254)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected WarningSettings() {
    }

    public RiskRules.Thresholds thresholds() {
        return new RiskRules.Thresholds(from, margin, missedPeriods);
    }

    public void change(RiskRules.Thresholds thresholds, String by, Instant at) {
        from = thresholds.from();
        margin = thresholds.margin();
        missedPeriods = thresholds.missedPeriods();
        changedBy = by;
        changedAt = at;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}

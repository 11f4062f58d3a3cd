package vn.chidao.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.TargetId;

/** A dated value of a target (số liệu đo lường); never changed once recorded. */
@Entity
@Audited
@Table(name = "plan_measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal value;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(length = 500)
    private String source;

    @Column(name = "reporting_unit_id")
    private Long reportingUnitId;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    protected Measurement() {
    }

    public Measurement(Long targetId, BigDecimal value, LocalDate asOf, String source, Long reportingUnitId, String recordedBy) {
        this.targetId = targetId;
        this.value = value;
        this.asOf = asOf;
        this.source = source;
        this.reportingUnitId = reportingUnitId;
        this.recordedBy = recordedBy;
    }

    public MeasurementView view() {
        BigDecimal v = value.stripTrailingZeros();
        return new MeasurementView(id, new TargetId(targetId), v.scale() < 0 ? v.setScale(0) : v, asOf, source,
                reportingUnitId == null ? null : new UnitId(reportingUnitId), recordedBy);
    }

    public Long targetId() {
        return targetId;
    }
}

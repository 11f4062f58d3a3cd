package vn.chidao.app.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement of one target: the value, the day it holds for, where it comes from. */
public class MeasurementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long target;
    private BigDecimal value;
    private LocalDate asOf;
    private String source;

    /** After a measurement is recorded: the same target, ready for the next value. */
    void clear() {
        value = null;
        source = null;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}

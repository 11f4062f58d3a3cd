package vn.chidao.app.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import vn.chidao.plan.TargetView;

/** The correction of one target of the chosen document: its name, value and date. */
public class TargetCorrectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long target;
    private String name;
    private BigDecimal value;
    private LocalDate date;

    void fill(TargetView picked) {
        name = picked.name();
        value = picked.targetValue();
        date = picked.targetDate();
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}

package vn.chidao.tasks.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A cooperating unit's own part of a task. */
@Embeddable
public class Cooperation {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "sub_due_date")
    private LocalDate subDueDate;

    @Column(nullable = false)
    private int percent;

    @Column(name = "last_progress_on")
    private LocalDate lastProgressOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Cooperation() {
    }

    Cooperation(Long unitId, LocalDate subDueDate) {
        this.unitId = unitId;
        this.subDueDate = subDueDate;
    }

    void dueBy(LocalDate day) {
        subDueDate = day;
    }

    void report(LocalDate day, int newPercent) {
        percent = newPercent;
        lastProgressOn = lastProgressOn == null || day.isAfter(lastProgressOn) ? day : lastProgressOn;
        completedOn = newPercent == 100 ? (completedOn == null ? day : completedOn) : null;
    }

    public Long unitId() {
        return unitId;
    }

    public LocalDate subDueDate() {
        return subDueDate;
    }

    public int percent() {
        return percent;
    }

    public LocalDate lastProgressOn() {
        return lastProgressOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    void moveTo(Long successor) {
        this.unitId = successor;
    }
}

package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;

/**
 * Which tasks a list or count covers; every field may be null (no restriction). {@code asOf}
 * judges status classes as of that day instead of today, leaving out tasks assigned after it; {@code risk} keeps the
 * tasks of one early-warning class.
 */
public record TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                         LocalDate dueTo, LocalDate asOf, RiskClass risk) {

    public TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                      LocalDate dueTo, LocalDate asOf) {
        this(unit, document, pillar, status, dueFrom, dueTo, asOf, null);
    }

    public TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                      LocalDate dueTo) {
        this(unit, document, pillar, status, dueFrom, dueTo, null);
    }

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null, null, null, null);
    }

    public TaskFilter asOf(LocalDate day) {
        return new TaskFilter(unit, document, pillar, status, dueFrom, dueTo, day, risk);
    }

    public TaskFilter unit(UnitId lead) {
        return new TaskFilter(lead, document, pillar, status, dueFrom, dueTo, asOf, risk);
    }

    public TaskFilter risk(RiskClass level) {
        return new TaskFilter(unit, document, pillar, status, dueFrom, dueTo, asOf, level);
    }
}

package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;

/**
 * Which tasks a list or count covers; every field may be null (no restriction). {@code asOf}
 * judges status classes as of that day instead of today, leaving out tasks assigned after it.
 */
public record TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                         LocalDate dueTo, LocalDate asOf) {

    public TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                      LocalDate dueTo) {
        this(unit, document, pillar, status, dueFrom, dueTo, null);
    }

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null, null, null);
    }

    public TaskFilter asOf(LocalDate day) {
        return new TaskFilter(unit, document, pillar, status, dueFrom, dueTo, day);
    }

    public TaskFilter unit(UnitId lead) {
        return new TaskFilter(lead, document, pillar, status, dueFrom, dueTo, asOf);
    }
}

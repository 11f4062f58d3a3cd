package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;

/** Which tasks a list or count covers; every field may be null (no restriction). */
public record TaskFilter(UnitId unit, DocumentId document, Pillar pillar, StatusClass status, LocalDate dueFrom,
                         LocalDate dueTo) {

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null, null);
    }
}

package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;

/**
 * What the secretariat fills in to assign a task; {@code deadline} is text: a date, a period or a
 * recurrence. {@code assignedOn} is today when null; an earlier day records a plan's existing
 * assignments (its issue date), never before the document.
 */
public record NewTask(DocumentId document, String code, String title, String description, String expectedOutput,
                      Pillar pillar, UnitId lead, List<UnitId> cooperating, String deadline, Priority priority,
                      List<DocumentId> otherMandates, List<TargetId> targets, LocalDate assignedOn) {

    public NewTask {
        cooperating = cooperating == null ? List.of() : List.copyOf(cooperating);
        otherMandates = otherMandates == null ? List.of() : List.copyOf(otherMandates);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}

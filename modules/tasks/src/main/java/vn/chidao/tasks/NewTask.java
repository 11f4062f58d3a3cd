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
 * assignments (its issue date), never before the document. {@code owingFrom} is a day in the first period a
 * periodic task owes a report for; null means the current period (never the document's issue date: a plan of
 * 2021 taken in today does not owe twenty quarters' reports).
 */
public record NewTask(DocumentId document, String code, String title, String description, String expectedOutput,
                      Pillar pillar, UnitId lead, List<UnitId> cooperating, String deadline, Priority priority,
                      List<DocumentId> otherMandates, List<TargetId> targets, LocalDate assignedOn, LocalDate owingFrom) {

    public NewTask(DocumentId document, String code, String title, String description, String expectedOutput,
                   Pillar pillar, UnitId lead, List<UnitId> cooperating, String deadline, Priority priority,
                   List<DocumentId> otherMandates, List<TargetId> targets, LocalDate assignedOn) {
        this(document, code, title, description, expectedOutput, pillar, lead, cooperating, deadline, priority,
                otherMandates, targets, assignedOn, null);
    }

    public NewTask {
        cooperating = cooperating == null ? List.of() : List.copyOf(cooperating);
        otherMandates = otherMandates == null ? List.of() : List.copyOf(otherMandates);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}

package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;

/**
 * A task as of a day. {@code status} is judged against the current deadline,
 * {@code statusAgainstOriginal} against the deadline first set, before any extension; {@code risk} is the early warning,
 * a separate axis ("đang thực hiện trong hạn — có nguy cơ chậm").
 */
public record TaskView(TaskId id, DocumentId document, String code, String title, String description,
                       String expectedOutput, Pillar pillar, UnitId leadUnit, UnitId originalLeadUnit,
                       List<CooperationView> cooperation, List<DocumentId> mandates, List<TargetId> targets,
                       Deadline deadline, LocalDate originalDueDate, LocalDate dueDate, int extensionCount,
                       Priority priority, TaskState state, String stateReason, int percent, LocalDate lastProgressOn,
                       LocalDate proposedOn, LocalDate completedOn, LocalDate assignedOn, StatusClass status,
                       StatusClass statusAgainstOriginal, long daysOverdue, long version, Risk risk) {

    public TaskView {
        cooperation = List.copyOf(cooperation);
        mandates = List.copyOf(mandates);
        targets = List.copyOf(targets);
    }
}

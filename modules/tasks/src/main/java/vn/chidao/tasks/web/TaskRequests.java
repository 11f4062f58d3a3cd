package vn.chidao.tasks.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.chidao.plan.Pillar;
import vn.chidao.tasks.Priority;

/** The request bodies of the task API. */
public final class TaskRequests {

    private TaskRequests() {
    }

    public record AssignRequest(
            @NotNull(message = "{task.document.required}") Long documentId,
            @NotBlank(message = "{task.code.required}") @Size(max = 32, message = "{task.code.size}") String code,
            @NotBlank(message = "{task.title.required}") @Size(max = 1000, message = "{task.title.size}") String title,
            @Size(max = 20000, message = "{task.description.size}") String description,
            @Size(max = 1000, message = "{task.output.size}") String expectedOutput,
            Pillar pillar,
            @NotNull(message = "{task.lead.required}") Long leadUnitId,
            @Size(max = 60) List<@NotNull Long> cooperatingUnitIds,
            @NotBlank(message = "{task.deadline.required}") @Size(max = 64, message = "{task.deadline.size}") String deadline,
            Priority priority,
            List<@NotNull Long> mandateDocumentIds,
            List<@NotNull Long> targetIds,
            LocalDate assignedOn,
            LocalDate owingFrom) {
    }

    /** The corrected kind and cycle of a deadline, as a document writes it; {@code owingFrom} a day of the first period owed. */
    public record DeadlineCorrection(
            @NotNull(message = "{request.version.required}") Long version,
            @NotBlank(message = "{task.deadline.required}") @Size(max = 64, message = "{task.deadline.size}") String deadline,
            LocalDate owingFrom,
            @NotBlank(message = "{task.deadline.reason.required}") @Size(max = 1000, message = "{decision.note.size}") String reason) {
    }

    /** Only the fields named may change; {@code code} and {@code deadline} are refused (422) if present. */
    public record ChangeRequest(
            @NotNull(message = "{request.version.required}") Long version,
            @Size(max = 1000, message = "{task.title.size}") String title,
            @Size(max = 20000, message = "{task.description.size}") String description,
            @Size(max = 1000, message = "{task.output.size}") String expectedOutput,
            Pillar pillar,
            Priority priority,
            Long leadUnitId,
            List<@NotNull Long> cooperatingUnitIds,
            List<@NotNull @Valid PartDeadline> cooperatingDeadlines,
            String code,
            String deadline,
            String dueDate) {
    }

    /** A cooperating unit's own deadline for its part of the task; null removes it. */
    public record PartDeadline(@NotNull Long unitId, LocalDate subDueDate) {
    }

    public record ProgressRequest(
            LocalDate reportedOn,
            @NotBlank(message = "{progress.text.required}") @Size(max = 20000, message = "{progress.text.size}") String text,
            @NotNull(message = "{progress.percent.required}") @Min(value = 0, message = "{progress.percent.range}")
            @Max(value = 100, message = "{progress.percent.range}") Integer percent,
            boolean proposesCompletion,
            /* khó khăn, vướng mắc: one item each, followed on its own */
            List<String> obstacles,
            /* kiến nghị, đề xuất */
            List<String> recommendations,
            /* giải ngân since the previous report, by source (lead unit only) */
            List<vn.chidao.tasks.Disbursed> disbursements) {
    }

    /** A line to write in a task's conversation. */
    public record CommentRequest(vn.chidao.tasks.CommentKind kind, String text) {
    }

    /** The early-warning settings to change: all three numbers and the version read. */
    public record EarlyWarningRequest(Integer from, Integer margin, Integer missedPeriods, Long version) {
    }

    public record ExtensionRequestBody(
            @NotNull(message = "{extension.date.required}") LocalDate requestedDueDate,
            @NotBlank(message = "{extension.reason.required}") @Size(max = 2000, message = "{extension.reason.size}") String reason) {
    }

    public record DecisionRequest(
            @NotNull(message = "{request.version.required}") Long version,
            @Size(max = 2000, message = "{decision.note.size}") String note) {
    }

    public record ReasonedDecisionRequest(
            @NotNull(message = "{request.version.required}") Long version,
            @NotBlank(message = "{decision.reason.required}") @Size(max = 1000, message = "{decision.note.size}") String reason) {
    }

    public record ListResponse<T>(long total, int offset, int limit, List<T> items) {
    }
}

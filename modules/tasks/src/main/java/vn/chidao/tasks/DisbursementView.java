package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.chidao.organization.UnitId;

/** An amount a task's lead unit disbursed from one source, reported on a day; corrected by the secretariat with a reason. */
public record DisbursementView(Long id, TaskId task, Long progressId, UnitId unit, Long source, String sourceName, long amount,
                               LocalDate disbursedOn, String reportedBy, String correctedBy, Instant correctedAt,
                               String correctionReason, long version) {
}

package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.chidao.organization.UnitId;

public record ExtensionView(long id, TaskId task, UnitId unit, LocalDate previousDueDate, LocalDate requestedDueDate,
                            String reason, ExtensionState state, String requestedBy, Instant requestedAt,
                            String decidedBy, Instant decidedAt, String decisionNote, long version) {
}

package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.chidao.organization.UnitId;

public record ProgressView(long id, TaskId task, UnitId unit, LocalDate reportedOn, String text, int percent,
                           boolean proposesCompletion, String reportedBy, Instant reportedAt) {
}

package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;

public record ExtensionRequested(TaskId task, UnitId unit, LocalDate requestedDue) {
}

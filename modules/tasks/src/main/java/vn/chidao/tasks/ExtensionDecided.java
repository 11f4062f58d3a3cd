package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;

public record ExtensionDecided(TaskId task, UnitId unit, boolean approved, LocalDate due) {
}

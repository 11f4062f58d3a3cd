package vn.chidao.tasks;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;

/** A cooperating unit's own part of a task. */
public record CooperationView(UnitId unit, LocalDate subDueDate, int percent, LocalDate lastProgressOn,
                              LocalDate completedOn, StatusClass status) {
}

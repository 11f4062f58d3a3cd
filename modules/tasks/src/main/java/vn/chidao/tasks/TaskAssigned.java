package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import vn.chidao.organization.UnitId;

public record TaskAssigned(TaskId task, UnitId lead, List<UnitId> cooperating, LocalDate due) {
    public TaskAssigned {
        cooperating = List.copyOf(cooperating);
    }
}

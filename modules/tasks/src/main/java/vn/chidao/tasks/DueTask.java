package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

import vn.chidao.organization.UnitId;

/** An open task and its deadline, as reminders need it: who leads, who cooperates, when it is due. */
public record DueTask(TaskId id, String code, String title, UnitId lead, List<UnitId> cooperating, LocalDate due) {

    public DueTask {
        cooperating = List.copyOf(cooperating);
    }
}

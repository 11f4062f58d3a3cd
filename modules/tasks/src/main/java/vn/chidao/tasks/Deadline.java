package vn.chidao.tasks;

import java.time.LocalDate;

/**
 * A task's deadline as the document wrote it and the day it falls due.
 *
 * @param label the words of the document ("Quý II/2025", "hằng quý"); null for a plain date
 * @param due   the day the task (or, for recurring tasks, the first period's report) is due
 */
public record Deadline(DeadlineKind kind, LocalDate due, String label, Recurrence recurrence) {

    public static Deadline on(LocalDate day) {
        return new Deadline(DeadlineKind.DATE, day, null, null);
    }
}

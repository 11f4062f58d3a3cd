package vn.chidao.tasks;

import java.time.LocalDate;

/**
 * A task's deadline as the document wrote it and the day it falls due.
 *
 * @param label      the words of the document ("Quý II/2025", "hằng quý"); null for a plain date
 * @param due        the day the task (or, for periodic tasks, the first period's report) is due
 * @param recurrence the reporting cycle of a recurring or ongoing task; null otherwise
 * @param until      the last day a recurring task owes reports for ("hằng năm, đến 2025"); null when open-ended
 * @param reportDay  the day of the period's last month each report is due on ("trước ngày 15"); null for the period's end
 */
public record Deadline(DeadlineKind kind, LocalDate due, String label, Recurrence recurrence, LocalDate until,
                       Integer reportDay) {

    public Deadline(DeadlineKind kind, LocalDate due, String label, Recurrence recurrence) {
        this(kind, due, label, recurrence, null, null);
    }

    public static Deadline on(LocalDate day) {
        return new Deadline(DeadlineKind.DATE, day, null, null);
    }
}

package vn.chidao.tasks.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.chidao.tasks.Recurrence;

/**
 * The arithmetic of a periodic task's periods: which are open by a day, which one a report settles,
 * and when the next report is due. The periods are the task's, oldest first.
 */
final class Obligations {

    private Obligations() {
    }

    /** Adds every period that has begun by {@code today}, from {@code owingFrom} and up to {@code until}. */
    static void open(List<ReportingPeriod> periods, Recurrence recurrence, LocalDate owingFrom, LocalDate until,
                     Integer reportDay, LocalDate today) {
        LocalDate next = periods.isEmpty() ? owingFrom : periods.get(periods.size() - 1).endsOn().plusDays(1);
        while (!next.isAfter(today) && (until == null || !next.isAfter(until))) {
            ReportingPeriod period = new ReportingPeriod(recurrence, next, reportDay);
            periods.add(period);
            next = period.endsOn().plusDays(1);
        }
    }

    /** A report on {@code day} settles the oldest period still owed that had begun by then. */
    static Optional<ReportingPeriod> settle(List<ReportingPeriod> periods, LocalDate day) {
        Optional<ReportingPeriod> settled = periods.stream()
                .filter(p -> p.owed() && !p.startsOn().isAfter(day)).findFirst();
        settled.ifPresent(p -> p.settle(day));
        return settled;
    }

    /**
     * The day the task's next report is due: the oldest period still owed; when none is, the period after
     * the last (or, for a task whose periods have all come, its last period's due day).
     */
    static LocalDate due(List<ReportingPeriod> periods, Recurrence recurrence, LocalDate owingFrom, LocalDate until,
                         Integer reportDay) {
        Optional<ReportingPeriod> owed = periods.stream().filter(ReportingPeriod::owed).findFirst();
        if (owed.isPresent()) {
            return owed.get().dueOn();
        }
        if (periods.isEmpty()) {
            return Deadlines.dueOf(recurrence, owingFrom, reportDay);
        }
        ReportingPeriod last = periods.get(periods.size() - 1);
        LocalDate next = last.endsOn().plusDays(1);
        return until != null && next.isAfter(until) ? last.dueOn() : Deadlines.dueOf(recurrence, next, reportDay);
    }

    /** Whether a part with an end has had every period reported or waived, its last one included. */
    static boolean allOwedReported(List<ReportingPeriod> periods, Recurrence recurrence, LocalDate until) {
        if (until == null || periods.isEmpty() || periods.stream().anyMatch(ReportingPeriod::owed)) {
            return false;
        }
        return periods.get(periods.size() - 1).endsOn().plusDays(1).isAfter(until);
    }
}

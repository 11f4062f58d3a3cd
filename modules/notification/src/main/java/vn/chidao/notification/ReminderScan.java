package vn.chidao.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.DueTask;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskView;

/**
 * The daily look at deadlines: reminders before them (7, 3, 1 days and on the day by default), the
 * lead unit's head on the first day past them, the secretariat after {@code chidao.reminders.escalate-after-days}
 * and weekly after that. Every notice has a key (task, kind, deadline, offset, person): running the
 * scan twice, or on two servers at once, creates each one once. A moved deadline gets reminders of its own. The lead
 * unit also hears once when a task turns at risk of running late (early warning).
 */
@ApplicationScoped
class ReminderScan {

    @Inject
    TaskQueries queries;

    @Inject
    Notices notices;

    @Inject
    @ConfigProperty(name = "chidao.reminders.days-before", defaultValue = "7,3,1,0")
    String daysBefore;

    @Inject
    @ConfigProperty(name = "chidao.reminders.escalate-after-days", defaultValue = "7")
    int escalateAfter;

    @Inject
    vn.chidao.notification.outbox.Postbox postbox;

    @Transactional
    int run(LocalDate today) {
        postbox.takeTurn("deadline-scan");
        List<Integer> offsets = Stream.of(daysBefore.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        Set<LocalDate> days = new LinkedHashSet<>();
        offsets.forEach(o -> days.add(today.plusDays(o)));
        days.add(today.minusDays(1));
        Map<List<UnitId>, List<PersonView>> people = new HashMap<>();
        vn.chidao.notification.outbox.Postbox.Batch batch = new vn.chidao.notification.outbox.Postbox.Batch();
        Set<Long> digestReaders = notices.digestReaders();
        List<DueTask> due = queries.openDue(days, today.minusDays(escalateAfter));
        Set<String> done = postbox.existing(due.stream().flatMap(t -> Stream.of(
                "REMINDER:" + t.id().value() + ":" + t.due() + ":" + ChronoUnit.DAYS.between(today, t.due()),
                "OVERDUE:" + t.id().value() + ":" + t.due(),
                "ESCALATION:" + t.id().value() + ":" + t.due() + ":" + ChronoUnit.DAYS.between(t.due(), today))).toList());
        for (DueTask task : due) {
            long until = ChronoUnit.DAYS.between(today, task.due());
            String key = until >= 0 ? "REMINDER:" + task.id().value() + ":" + task.due() + ":" + until
                    : until == -1 ? "OVERDUE:" + task.id().value() + ":" + task.due()
                    : "ESCALATION:" + task.id().value() + ":" + task.due() + ":" + (-until);
            if (done.contains(key)) {
                continue;
            }
            Notices.TaskFacts facts = new Notices.TaskFacts(task.id(), task.code(), task.title(), notices.unitName(task.lead()), task.due());
            String name = facts.name();
            if (until >= 0 && offsets.contains((int) until)) {
                List<UnitId> units = new ArrayList<>();
                units.add(task.lead());
                units.addAll(task.cooperating());
                notices.aboutTask(NoticeKind.REMINDER, "REMINDER:" + task.id().value() + ":" + task.due() + ":" + until,
                        people.computeIfAbsent(units, u -> notices.unitPeople(u, false)), facts, List.of(name, until), Map.of(),
                        batch, digestReaders);
            } else if (until == -1) {
                notices.aboutTask(NoticeKind.OVERDUE, "OVERDUE:" + task.id().value() + ":" + task.due(),
                        notices.unitPeople(List.of(task.lead()), true), facts, List.of(name), Map.of(), batch, digestReaders);
            } else if (-until >= escalateAfter && (-until - escalateAfter) % 7 == 0) {
                notices.aboutTask(NoticeKind.ESCALATION, "ESCALATION:" + task.id().value() + ":" + task.due() + ":" + (-until),
                        people.computeIfAbsent(List.of(), u -> notices.withRole(Role.SECRETARIAT)), facts, List.of(name, -until),
                        Map.of("daysOverdue", -until), batch, digestReaders);
            }
        }
        warnAtRisk(today, batch, digestReaders);
        return postbox.write(batch);
    }

    /**
     * The lead unit's people hear once, per task and deadline, that a task turned at risk of running late, with the reason
     * in their language; a task that recovers and slips again before the same deadline is not warned about twice.
     */
    private void warnAtRisk(LocalDate today, vn.chidao.notification.outbox.Postbox.Batch batch, Set<Long> digestReaders) {
        List<TaskView> atRisk = queries.atRisk(today);
        Set<String> warned = postbox.existing(atRisk.stream().map(ReminderScan::warningKey).toList());
        Map<UnitId, List<PersonView>> people = new HashMap<>();
        for (TaskView task : atRisk) {
            String key = warningKey(task);
            if (warned.contains(key)) {
                continue;
            }
            Notices.TaskFacts facts = new Notices.TaskFacts(task.id(), task.code(), task.title(), notices.unitName(task.leadUnit()),
                    task.dueDate());
            for (PersonView person : people.computeIfAbsent(task.leadUnit(), u -> notices.unitPeople(List.of(u), false))) {
                notices.aboutTask(NoticeKind.AT_RISK, key, List.of(person), facts, List.of(facts.name()),
                        Map.of("reason", task.risk().reason(person.locale())), batch, digestReaders);
            }
        }
    }

    private static String warningKey(TaskView task) {
        return "AT_RISK:" + task.id().value() + ":" + task.dueDate();
    }
}

package vn.chidao.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.notification.letters.Letters;
import vn.chidao.notification.outbox.Dispatcher;
import vn.chidao.notification.outbox.Postbox;
import vn.chidao.organization.Installation;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonId;
import vn.chidao.organization.PersonView;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.reporting.ReportId;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskView;

/**
 * Each person's inbox, their choice between single messages and a weekly digest, the secretariat's
 * view of the e-mail outbox, and the jobs that scan deadlines and send the mail.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Installation installation;

    @Inject
    ReminderScan reminders;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Preferences preferences;

    @Inject
    Postbox postbox;

    @Inject
    Organization organization;

    @Inject
    TaskQueries queries;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InboxItem> inbox(PersonId person, boolean unreadOnly, int offset, int limit) {
        return inboxRows((unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id desc limit ? offset ?",
                person.value(), limit, offset);
    }

    /** Opens one of this person's notices: marks it read and gives it back; another person's notice is not found. */
    @Transactional
    public InboxItem open(PersonId person, long id) {
        markRead(person, id);
        return inboxRows(" and id = ?", person.value(), id).get(0);
    }

    private List<InboxItem> inboxRows(String condition, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery("select id, kind, subject, body_text, task_id, report_id, created_at,"
                + " read_at from ntf_inbox where person_id = ?" + condition);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new InboxItem(((Number) r[0]).longValue(), NoticeKind.valueOf((String) r[1]), (String) r[2],
                (String) r[3], r[4] == null ? null : new TaskId(((Number) r[4]).longValue()),
                r[5] == null ? null : new ReportId(((Number) r[5]).longValue()), instant(r[6]), r[7] != null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(PersonId person) {
        return ((Number) em.createNativeQuery("select count(*) from ntf_inbox where person_id = ? and read_at is null")
                .setParameter(1, person.value()).getSingleResult()).longValue();
    }

    /** Marks one notice (or, with {@code id} null, all) of this person read; another person's notice is not found. */
    @Transactional
    public int markRead(PersonId person, Long id) {
        jakarta.persistence.Query update = em.createNativeQuery("update ntf_inbox set read_at = current_timestamp(3)"
                + " where person_id = ? and read_at is null" + (id == null ? "" : " and id = ?")).setParameter(1, person.value());
        if (id != null) {
            update.setParameter(2, id);
        }
        int changed = update.executeUpdate();
        if (id != null && changed == 0 && em.createNativeQuery("select 1 from ntf_inbox where person_id = ? and id = ?")
                .setParameter(1, person.value()).setParameter(2, id).getResultList().isEmpty()) {
            throw RuleViolation.notFound("notification.notFound");
        }
        return changed;
    }

    public boolean digest(PersonId person) {
        return preferences.digest(person);
    }

    public void chooseDigest(PersonId person, boolean digest) {
        preferences.digest(person, digest);
    }

    /**
     * The outbox for the secretariat, newest first, optionally in one state and only the messages whose subject
     * contains {@code about} (a task's code, a word of its title).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxItem> outbox(Caller caller, OutboxItem.State state, String about, int offset, int limit) {
        requireSecretariat(caller);
        String stateName = state == null ? "" : state.name();
        String text = about == null ? "" : about.strip();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, recipient, kind, subject, state, attempts, next_attempt_at, last_error,"
                        + " created_at, sent_at, task_id from ntf_outbox where (? = '' or state = ?) and (? = '' or locate(?, subject) > 0)"
                        + " order by id desc limit ? offset ?")
                .setParameter(1, stateName).setParameter(2, stateName).setParameter(3, text).setParameter(4, text)
                .setParameter(5, limit).setParameter(6, offset).getResultList();
        return rows.stream().map(r -> new OutboxItem(((Number) r[0]).longValue(), (String) r[1], NoticeKind.valueOf((String) r[2]),
                (String) r[3], OutboxItem.State.valueOf((String) r[4]), ((Number) r[5]).intValue(), instant(r[6]), (String) r[7],
                instant(r[8]), instant(r[9]), r[10] == null ? null : new TaskId(((Number) r[10]).longValue()))).toList();
    }

    public boolean resend(Caller caller, long id) {
        requireSecretariat(caller);
        if (!dispatcher.resend(id)) {
            throw RuleViolation.conflict("id", "notification.notResendable");
        }
        return true;
    }

    /** The daily deadline scan for {@code today}; returns how many notices it created (0 when run again). */
    public int scanDeadlines(LocalDate today) {
        return reminders.run(today);
    }

    @Inject
    TaskEvents events;

    @Inject
    vn.chidao.notification.outbox.Mailer mailer;

    /**
     * Turns what happened into notices, then sends what is due in the outbox, up to {@code max}
     * messages on one SMTP connection; stops early when the SMTP server fails.
     */
    public int dispatch(int max) {
        while (events.expand(200) > 0) {
            // every recorded event becomes notices before the mail goes
        }
        int sent = 0;
        try (vn.chidao.notification.outbox.Mailer.Connection connection = mailer.connection()) {
            for (int i = 0; i < max; i++) {
                Dispatcher.Outcome outcome = dispatcher.sendOne(connection);
                if (outcome != Dispatcher.Outcome.SENT) {
                    break;
                }
                sent++;
            }
        }
        return sent;
    }

    /** One message per digest reader with their unit's overdue and due-soon tasks, once per ISO week. */
    @Transactional
    public int weeklyDigests(LocalDate today) {
        postbox.takeTurn("weekly-digest");
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Postbox.Batch batch = new Postbox.Batch();
        for (Long id : preferences.digestReaders()) {
            PersonView person = organization.person(new PersonId(id)).orElse(null);
            if (person == null || !person.active() || person.unit() == null) {
                continue;
            }
            Caller caller = Caller.of(person);
            List<TaskView> tasks = new ArrayList<>();
            tasks.addAll(queries.list(new TaskFilter(person.unit(), null, null, StatusClass.OVERDUE, null, null), caller, 0, 50));
            tasks.addAll(queries.list(new TaskFilter(person.unit(), null, null, StatusClass.DUE_SOON, null, null), caller, 0, 50));
            if (tasks.isEmpty()) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("tasks", String.join("\n", tasks.stream().map(t -> "- " + (t.code() == null ? "" : t.code() + ". ") + t.title()
                    + " (" + Letters.date(person.locale(), t.dueDate()) + ")").toList()));
            batch.add(NoticeKind.DIGEST, "DIGEST:" + week, person, Letters.write(NoticeKind.DIGEST, person.locale(),
                    List.of(tasks.size(), week), fields, null, installation.profile().committeeName()), null, null, true, false);
        }
        return postbox.write(batch);
    }

    private static void requireSecretariat(Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("notification.forbidden");
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.LocalDateTime l ? l.atZone(java.time.ZoneId.systemDefault()).toInstant() : (Instant) value;
    }
}

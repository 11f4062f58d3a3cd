package vn.chidao.notification.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.chidao.notification.NoticeKind;
import vn.chidao.notification.letters.Letter;
import vn.chidao.organization.PersonView;
import vn.chidao.reporting.ReportId;
import vn.chidao.tasks.TaskId;

/**
 * Puts a notice in a person's inbox and, when they get e-mail for it, in the outbox — in the
 * caller's transaction, so a notice exists exactly when the change that caused it was committed.
 * The de-duplication key makes a second posting of the same notice (a schedule run twice, two
 * servers) a no-op instead of a second message.
 */
@ApplicationScoped
public class Postbox {

    @PersistenceContext
    EntityManager em;

    /**
     * Takes the job's lock row for this transaction: the same job on another server (or thread) waits
     * until this one commits, then finds its notices already posted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn(String job) {
        em.createNativeQuery("select name from ntf_job where name = ? for update").setParameter(1, job).getResultList();
        em.createNativeQuery("update ntf_job set last_run = current_timestamp(3) where name = ?").setParameter(1, job).executeUpdate();
    }

    /**
     * Notices gathered by a scan, an expansion or the digests, written with two batched statements.
     * {@code attach}: the e-mail carries the report itself (the inbox always links to it).
     */
    public static final class Batch {
        private final List<Object[]> inbox = new ArrayList<>();
        private final List<Object[]> outbox = new ArrayList<>();

        public void add(NoticeKind kind, String key, PersonView person, Letter letter, TaskId task, ReportId report, boolean email,
                        boolean attach) {
            Long taskId = task == null ? null : task.value();
            inbox.add(new Object[] {key, person.id().value(), kind.name(), letter.subject(), letter.text(), taskId,
                    report == null ? null : report.value()});
            if (email) {
                outbox.add(new Object[] {key + ":p" + person.id().value(), person.id().value(), person.email(),
                        person.locale().getLanguage(), kind.name(), letter.subject(), letter.text(), letter.html(), taskId,
                        attach && report != null ? report.value() : null});
            }
        }

        public int size() {
            return inbox.size();
        }
    }

    /** Writes a batch (a notice already there for that person stays as it was); returns how many notices it held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(Batch batch) {
        em.unwrap(Session.class).doWork(connection -> {
            insert(connection, "insert ignore into ntf_inbox (dedup_key, person_id, kind, subject, body_text, task_id, report_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", batch.inbox);
            insert(connection, "insert ignore into ntf_outbox (dedup_key, person_id, recipient, language, kind, subject, body_text,"
                    + " body_html, task_id, report_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch.outbox);
        });
        return batch.size();
    }

    private static void insert(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Which of these keys some inbox already holds: the notices a scan made before need no second look. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Set<String> existing(java.util.List<String> keys) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            java.util.List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jakarta.persistence.Query query = em.createNativeQuery("select distinct dedup_key from ntf_inbox where dedup_key in (" + marks + ")")
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            query.getResultList().forEach(k -> found.add((String) k));
        }
        return found;
    }

    /** A moved deadline: the reminders not yet sent for the old one are dropped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelReminders(TaskId task) {
        return em.createNativeQuery("update ntf_outbox set state = 'CANCELLED' where task_id = ? and state = 'PENDING'"
                        + " and kind in ('REMINDER', 'OVERDUE', 'ESCALATION')")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).setParameter(1, task.value()).executeUpdate();
    }
}

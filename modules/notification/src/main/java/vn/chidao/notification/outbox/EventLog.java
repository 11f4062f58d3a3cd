package vn.chidao.notification.outbox;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.organization.UnitId;

/**
 * The events notices are made from, one row each, written in the transaction of the change (with
 * no flush of that transaction's work: an import of a thousand tasks writes a thousand small rows and
 * nothing more) and claimed afterwards, one batch at a time, by whoever expands them.
 */
@ApplicationScoped
public class EventLog {

    @PersistenceContext
    EntityManager em;

    /** An event as recorded. */
    public record Event(long id, String type, Long task, Long report, List<UnitId> units, boolean flag, String detail, Long size) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, Long task, Long report, List<UnitId> units, boolean flag, String detail, Long size) {
        em.createNativeQuery("insert into ntf_event (type, task_id, report_id, units, flag, detail, size_bytes) values (?, ?, ?, ?, ?, ?, ?)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, type).setParameter(2, task).setParameter(3, report)
                .setParameter(4, units.stream().map(u -> Long.toString(u.value())).collect(Collectors.joining(",")))
                .setParameter(5, flag).setParameter(6, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
                .setParameter(7, size).executeUpdate();
    }

    /** Up to {@code max} unprocessed events, locked for this transaction (another expander skips them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Event> claim(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, type, task_id, report_id, units, flag, detail, size_bytes from ntf_event"
                        + " where processed_at is null order by id limit ? for update skip locked")
                .setParameter(1, max).getResultList();
        return rows.stream().map(r -> new Event(((Number) r[0]).longValue(), (String) r[1], longOrNull(r[2]), longOrNull(r[3]),
                r[4] == null || ((String) r[4]).isEmpty() ? List.of()
                        : java.util.Arrays.stream(((String) r[4]).split(",")).map(s -> new UnitId(Long.parseLong(s))).toList(),
                r[5] instanceof Boolean b ? b : ((Number) r[5]).intValue() != 0, (String) r[6], longOrNull(r[7]))).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(long id) {
        em.createNativeQuery("update ntf_event set processed_at = current_timestamp(3) where id = ?").setParameter(1, id).executeUpdate();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}

package vn.chidao.reporting.compose;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Runs a report's reads in one read-only transaction that sees the database as it was at its first
 * read: every section of a briefing counts the same tasks, whatever is saved meanwhile. The data
 * source reads committed data by default; this transaction alone asks MariaDB for a consistent
 * snapshot (repeatable read), and read-only makes a write inside it fail instead of sneaking in.
 */
@ApplicationScoped
public class Snapshot {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T read(Supplier<T> reads) {
        // Must be the transaction's first statement: it sets the characteristics of the transaction it opens.
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        em.setFlushMode(FlushModeType.COMMIT);
        em.unwrap(Session.class).setDefaultReadOnly(true);
        return reads.get();
    }
}

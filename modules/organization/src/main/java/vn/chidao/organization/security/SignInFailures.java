package vn.chidao.organization.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The sign-in failure counts in the database ({@code org_signin_failure}), so that every server behind the load balancer
 * throttles the same guesses; each change in its own short transaction, rows forgotten a day after their last failure.
 */
@ApplicationScoped
public class SignInFailures implements SignInThrottle.Store {

    private static final Duration KEPT = Duration.ofDays(1);

    /**
     * The throttle every sign-in path uses: five failures for one account from one address within a day, then 30 s doubling
     * to 15 min; a hundred failures from one address within an hour whatever the accounts (an office behind one address
     * mistypes too), then the same.
     */
    @Produces
    static SignInThrottle throttle(Clock clock, SignInFailures store) {
        // the store as injected (its proxy), so that each count runs in its own transaction
        return new SignInThrottle(new SignInThrottle.Budget(5, KEPT, Duration.ofSeconds(30), Duration.ofMinutes(15)),
                new SignInThrottle.Budget(100, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofMinutes(15)), clock, store);
    }

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fail(String key, Instant at, Duration window) {
        em.createNativeQuery("delete from org_signin_failure where last_failure < ? and (blocked_until is null or blocked_until < ?)")
                .setParameter(1, Timestamp.from(at.minus(KEPT))).setParameter(2, Timestamp.from(at)).executeUpdate();
        em.createNativeQuery("insert into org_signin_failure (key_hash, failures, last_failure) values (?, 1, ?)"
                        + " on duplicate key update failures = if(last_failure < ?, 1, failures + 1), last_failure = values(last_failure)")
                .setParameter(1, key).setParameter(2, Timestamp.from(at)).setParameter(3, Timestamp.from(at.minus(window))).executeUpdate();
        return ((Number) em.createNativeQuery("select failures from org_signin_failure where key_hash = ?")
                .setParameter(1, key).getSingleResult()).intValue();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void block(String key, Instant until) {
        em.createNativeQuery("update org_signin_failure set blocked_until = ? where key_hash = ?")
                .setParameter(1, Timestamp.from(until)).setParameter(2, key).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> blockedUntil(String key) {
        List<?> rows = em.createNativeQuery("select blocked_until from org_signin_failure where key_hash = ? and blocked_until is not null")
                .setParameter(1, key).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(instant(rows.get(0)));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        em.createNativeQuery("delete from org_signin_failure where key_hash = ?").setParameter(1, key).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((Instant) value);
    }
}

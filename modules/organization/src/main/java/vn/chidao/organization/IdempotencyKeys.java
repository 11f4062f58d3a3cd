package vn.chidao.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The answers to requests sent with an {@code Idempotency-Key}, kept a day so that the same request sent again (by the same
 * person, to the same place, with the same key) is answered as the first time instead of being done twice. Each step in
 * its own transaction: the claim is visible to a second copy arriving while the first is still being handled.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Duration KEPT = Duration.ofDays(1);

    /** What happened to a claim: first (go ahead), a repeat of a finished request (its answer), or one still running. */
    public sealed interface Claim permits First, Repeat, Running {
    }

    public record First(String key) implements Claim {
    }

    public record Repeat(int status, String contentType, String location, byte[] body) implements Claim {
        public Repeat {
            body = body == null ? new byte[0] : body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    public record Running() implements Claim {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String caller, String method, String path, String key) {
        String hash = digest(caller + "\u001f" + method + "\u001f" + path + "\u001f" + key);
        Instant now = clock.instant();
        em.createNativeQuery("delete from org_idempotency where created_at < ?").setParameter(1, Timestamp.from(now.minus(KEPT)))
                .executeUpdate();
        int claimed = em.createNativeQuery("insert ignore into org_idempotency (key_hash, created_at) values (?, ?)")
                .setParameter(1, hash).setParameter(2, Timestamp.from(now)).executeUpdate();
        if (claimed == 1) {
            return new First(hash);
        }
        List<?> rows = em.createNativeQuery("select status, content_type, location, body from org_idempotency where key_hash = ?")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty() || ((Object[]) rows.get(0))[0] == null) {
            return new Running();
        }
        Object[] row = (Object[]) rows.get(0);
        return new Repeat(((Number) row[0]).intValue(), (String) row[1], (String) row[2], (byte[]) row[3]);
    }

    /** Keeps the first answer for the repeats to come. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void answered(String key, int status, String contentType, String location, byte[] body) {
        em.createNativeQuery("update org_idempotency set status = ?, content_type = ?, location = ?, body = ? where key_hash = ?")
                .setParameter(1, status).setParameter(2, contentType).setParameter(3, location).setParameter(4, body)
                .setParameter(5, key).executeUpdate();
    }

    /** Forgets a claim whose request failed on the server's side: sending it again may succeed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        em.createNativeQuery("delete from org_idempotency where key_hash = ?").setParameter(1, key).executeUpdate();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

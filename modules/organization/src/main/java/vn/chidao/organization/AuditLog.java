package vn.chidao.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;

/**
 * The security audit log: who did what, when (with the server's offset), from where, to whom — sign-ins and their failures,
 * throttling, sign-out, password and account changes, the installation's settings. Append-only and tamper-evident: each
 * entry carries SHA-256 over the previous entry's hash and its own fields; {@link #verify} walks the chain and names the
 * first entry that no longer fits. Personal data kept to the sign-in name and the client address.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final String GENESIS = "0".repeat(64);

    /** What happened. */
    public enum Action {
        SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGN_OUT, PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED, ACCOUNT_CREATED,
        ACCOUNT_CHANGED, SETTINGS_CHANGED, SETUP, ACCESS_REFUSED, UPLOAD_REFUSED, SECOND_FACTOR_ENABLED, SECOND_FACTOR_DISABLED,
        SECOND_FACTOR_FAILED, SECOND_FACTOR_RESET, RECOVERY_CODE_USED, RECOVERY_CODES_RENEWED, TOKEN_CREATED, TOKEN_REVOKED,
        TOKEN_FAILED, SESSIONS_REVOKED, AUDIT_PRUNED, EVALUATION_CLOSED, EVALUATION_REOPENED,
        DOCUMENT_SIGNED, TASK_COMMENTED
    }

    /** One entry as read back. */
    public record Entry(long seq, OffsetDateTime at, String actor, String address, Action action, String subject, String detail,
                        String hash) {
    }

    /**
     * The chain checked: how many entries, the first one that does not fit (null when none), and the entry the retention
     * removed last (0 when none), after which the chain starts.
     */
    public record Verification(long entries, Long firstBroken, long after) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** This bean through its proxy, so that {@link #record} runs in its own transaction when called from here. */
    @Inject
    AuditLog self;

    /** Writes one entry in its own transaction (a refused request is recorded although its own work rolls back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String address, Action action, String subject, String detail) {
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<?> last = em.createNativeQuery("select seq, hash from org_audit order by seq desc limit 1 for update").getResultList();
        if (last.isEmpty()) {
            // nothing kept (a new log, or the retention removed all): the chain goes on from the anchor, if any
            last = em.createNativeQuery("select seq, hash from org_audit_anchor where id = 1 for update").getResultList();
        }
        long seq = last.isEmpty() ? 1 : ((Number) ((Object[]) last.get(0))[0]).longValue() + 1;
        String previous = last.isEmpty() ? GENESIS : (String) ((Object[]) last.get(0))[1];
        String who = cut(actor == null || actor.isBlank() ? "?" : actor, 254);
        String hash = hash(previous, seq, at, who, cut(address, 64), action, cut(subject, 254), cut(detail, 1000));
        em.createNativeQuery("insert into org_audit (seq, at, at_offset, actor, address, action, subject, detail, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, seq).setParameter(2, Timestamp.valueOf(at.toLocalDateTime())).setParameter(3, at.getOffset().getId())
                .setParameter(4, who).setParameter(5, cut(address, 64)).setParameter(6, action.name()).setParameter(7, cut(subject, 254))
                .setParameter(8, cut(detail, 1000)).setParameter(9, previous).setParameter(10, hash).executeUpdate();
    }

    /**
     * Records without letting a failure to record break what the person was doing: tried twice (two first entries may race
     * for the same place in the chain), then logged in the server log instead.
     */
    public void recordQuietly(String actor, String address, Action action, String subject, String detail) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                self.record(actor, address, action, subject, detail);
                return;
            } catch (RuntimeException failed) {
                if (attempt == 2) {
                    LOG.warning(() -> "audit entry not written (" + action + " " + actor + "): " + failed);
                }
            }
        }
    }

    /** The latest entries, newest first, filtered by actor or subject ({@code who}) and action; administrators only. */
    @Transactional
    public List<Entry> search(Caller caller, String who, Action action, int limit) {
        requireAdministrator(caller);
        StringBuilder sql = new StringBuilder("select seq, at, at_offset, actor, address, action, subject, detail, hash from org_audit where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (who != null && !who.isBlank()) {
            sql.append(" and (actor = ? or subject = ?)");
            parameters.add(who.strip().toLowerCase(java.util.Locale.ROOT));
            parameters.add(who.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (action != null) {
            sql.append(" and action = ?");
            parameters.add(action.name());
        }
        sql.append(" order by seq desc limit ").append(Math.max(1, Math.min(limit, 1000)));
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Entry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new Entry(((Number) r[0]).longValue(), at(r[1], (String) r[2]), (String) r[3], (String) r[4],
                    Action.valueOf((String) r[5]), (String) r[6], (String) r[7], (String) r[8]));
        }
        return entries;
    }

    /**
     * Recomputes the chain from the first entry kept — after the anchor the retention left, whose place and hash it must
     * follow — row by row from a cursor (a long log is not read into memory at once); administrators only.
     */
    @Transactional
    public Verification verify(Caller caller) {
        requireAdministrator(caller);
        List<?> anchor = em.createNativeQuery("select seq, hash from org_audit_anchor where id = 1").getResultList();
        String previous = anchor.isEmpty() ? GENESIS : (String) ((Object[]) anchor.get(0))[1];
        long count = 0;
        long after = anchor.isEmpty() ? 0 : ((Number) ((Object[]) anchor.get(0))[0]).longValue();
        long expected = after + 1;
        java.util.Iterator<?> rows = em.createNativeQuery("select seq, at, at_offset, actor, address, action, subject, detail,"
                + " prev_hash, hash from org_audit order by seq").setHint("org.hibernate.fetchSize", 500).getResultStream().iterator();
        while (rows.hasNext()) {
            Object[] r = (Object[]) rows.next();
            long seq = ((Number) r[0]).longValue();
            String recomputed = hash(previous, seq, at(r[1], (String) r[2]), (String) r[3], (String) r[4],
                    Action.valueOf((String) r[5]), (String) r[6], (String) r[7]);
            if (seq != expected || !previous.equals(r[8]) || !recomputed.equals(r[9])) {
                return new Verification(count, seq != expected ? expected : seq, after);
            }
            previous = (String) r[9];
            expected++;
            count++;
        }
        return new Verification(count, null, after);
    }

    /**
     * Removes the entries older than {@code days} (the retention setting), keeping the last removed entry's place and hash as
     * the anchor the chain is verified from, and says so in the log itself; the number removed. Safe on several servers at
     * once: the anchor row is locked.
     */
    @Transactional
    public int prune(int days) {
        Timestamp cutoff = Timestamp.valueOf(LocalDateTime.now(clock).minusDays(days));
        em.createNativeQuery("insert ignore into org_audit_anchor (id, seq, hash) values (1, 0, ?)").setParameter(1, GENESIS)
                .executeUpdate();
        Object[] anchor = (Object[]) em.createNativeQuery("select seq, hash from org_audit_anchor where id = 1 for update")
                .getSingleResult();
        List<?> last = em.createNativeQuery("select seq, hash from org_audit where at < ? order by seq desc limit 1")
                .setParameter(1, cutoff).getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        long upTo = ((Number) ((Object[]) last.get(0))[0]).longValue();
        int removed = em.createNativeQuery("delete from org_audit where seq <= ?").setParameter(1, upTo).executeUpdate();
        em.createNativeQuery("update org_audit_anchor set seq = ?, hash = ? where id = 1").setParameter(1, upTo)
                .setParameter(2, ((Object[]) last.get(0))[1]).executeUpdate();
        long before = ((Number) anchor[0]).longValue();
        LOG.info(() -> "Audit log: " + removed + " entries older than " + days + " days removed (up to #" + upTo + ", after #" + before + ").");
        return removed;
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
    }

    private static OffsetDateTime at(Object value, String offset) {
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.atOffset(ZoneOffset.of(offset));
    }

    static String hash(String previous, long seq, OffsetDateTime at, String actor, String address, Action action, String subject,
                       String detail) {
        String text = String.join("\u001f", previous, Long.toString(seq), at.toString(), actor, String.valueOf(address),
                action.name(), String.valueOf(subject), String.valueOf(detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}

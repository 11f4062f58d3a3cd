package vn.chidao.notification.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox, one message per transaction: the row is claimed with {@code FOR UPDATE SKIP LOCKED}
 * (another dispatcher, here or on another server, takes the next one instead of waiting or sending it
 * too), handed to the SMTP server, and marked sent in the same transaction. A refused or unreachable
 * SMTP server leaves the row pending with a growing delay (30 s, 1 min, 2 min … up to an hour by
 * default); after the last attempt it is marked failed, with the error, for the secretariat to resend.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Attachments attachments;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chidao.mail.retry-seconds", defaultValue = "30")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "chidao.mail.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "chidao.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    /** Outcome of one claim: nothing due, sent, or the SMTP server failed (stop for this round). */
    public enum Outcome { NONE, SENT, FAILED }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome sendOne(Mailer.Connection connection) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, recipient, subject, body_text, body_html, report_id, attempts"
                        + " from ntf_outbox where state = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id"
                        + " limit 1 for update skip locked")
                .setParameter(1, Timestamp.from(now)).getResultList();
        if (rows.isEmpty()) {
            return Outcome.NONE;
        }
        Object[] row = rows.get(0);
        long id = ((Number) row[0]).longValue();
        int attempts = ((Number) row[6]).intValue() + 1;
        try {
            mailer.send(connection, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    row[5] == null ? null : attachments.of(((Number) row[5]).longValue()));
            em.createNativeQuery("update ntf_outbox set state = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?")
                    .setParameter(1, attempts).setParameter(2, Timestamp.from(now)).setParameter(3, id).executeUpdate();
            return Outcome.SENT;
        } catch (MessagingException | RuntimeException e) {
            boolean last = attempts >= maxAttempts;
            long delay = Math.min(retryMaxSeconds, retrySeconds << Math.min(20, attempts - 1));
            String error = String.valueOf(e.getMessage());
            LOG.log(Level.WARNING, "Message " + id + " not sent (attempt " + attempts + (last ? ", the last" : "") + "): " + error);
            em.createNativeQuery("update ntf_outbox set state = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .setParameter(1, last ? "FAILED" : "PENDING").setParameter(2, attempts)
                    .setParameter(3, Timestamp.from(now.plus(Duration.ofSeconds(delay))))
                    .setParameter(4, error.length() > 1000 ? error.substring(0, 1000) : error).setParameter(5, id).executeUpdate();
            return Outcome.FAILED;
        }
    }

    /** Puts a failed (or cancelled) message back in the queue, to be sent at once. */
    @Transactional
    public boolean resend(long id) {
        return em.createNativeQuery("update ntf_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null"
                        + " where id = ? and state in ('FAILED', 'CANCELLED')")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, id).executeUpdate() == 1;
    }
}

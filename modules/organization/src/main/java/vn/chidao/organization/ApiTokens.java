package vn.chidao.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.ApiToken;
import vn.chidao.organization.domain.Person;

/**
 * Personal API tokens, for programs that call the API on someone's behalf — the only way to the API for an account with a
 * second factor, whose password alone opens nothing. A token is shown once ("cd_" and 43 characters, 256 random bits);
 * only its SHA-256 is kept. Each has a name, a scope (READ: reading only; WRITE: everything the person may do), an expiry
 * (at most a year), and stops working when revoked, when the account is deactivated, or when the person's sessions are
 * revoked (password change, "sign out everywhere").
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** What a token may do. */
    public enum Scope { READ, WRITE }

    /** A token as listed to its owner (never the token itself). */
    public record TokenView(long id, String name, Scope scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                            Instant revokedAt) {
    }

    /** A new token: the secret, shown this once, and the token as listed. */
    public record Created(String token, TokenView view) {
    }

    /** Who a token signs in, with which roles, and whether it may only read. */
    public record Holder(String email, Set<Role> roles, Scope scope) {
    }

    public static final String PREFIX = "cd_";
    private static final int MAX_DAYS = 365;
    private static final int MAX_LIVE_TOKENS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecondFactors secondFactors;

    public Created create(Caller caller, String name, Scope scope, Integer days, String clientAddress) {
        Person person = person(caller.email());
        if (secondFactors.enrolmentDue(person.email())) {
            throw RuleViolation.forbidden("auth.enrolFirst");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw RuleViolation.invalid("name", "token.name.invalid");
        }
        if (scope == null) {
            throw RuleViolation.invalid("scope", "token.scope.invalid");
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw RuleViolation.invalid("days", "token.days.invalid", MAX_DAYS);
        }
        Instant now = clock.instant();
        long live = em.createQuery("select count(t) from ApiToken t where t.personId = :p and t.revokedAt is null and t.expiresAt > :now",
                Long.class).setParameter("p", person.id()).setParameter("now", now).getSingleResult();
        if (live >= MAX_LIVE_TOKENS) {
            throw RuleViolation.invalid("name", "token.tooMany", MAX_LIVE_TOKENS);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(person.id(), label, digest(token), scope.name(), now, now.plus(Duration.ofDays(days)));
        em.persist(stored);
        em.flush();
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.TOKEN_CREATED, person.email(),
                "#" + stored.id() + " " + label + ", " + scope + ", " + days + " days");
        return new Created(token, view(stored));
    }

    public List<TokenView> mine(Caller caller) {
        return em.createQuery("select t from ApiToken t where t.personId = :p order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("p", person(caller.email()).id()).getResultList().stream().map(ApiTokens::view).toList();
    }

    /** Revoked by its owner; another person's token is answered as missing. */
    public void revoke(Caller caller, long id, String clientAddress) {
        ApiToken token = em.find(ApiToken.class, id);
        Person person = person(caller.email());
        if (token == null || !token.personId().equals(person.id())) {
            throw RuleViolation.notFound("token.notFound", id);
        }
        token.revoke(clock.instant());
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.TOKEN_REVOKED, person.email(), "#" + id + " " + token.name());
    }

    /** Who the token signs in, if it is one of ours, live, and its account active and not revoked since it was made. */
    public Optional<Holder> holder(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", digest(token)).getResultStream().findFirst().filter(t -> t.usableAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Person person = em.find(Person.class, found.get().personId());
        if (!person.active() || person.sessionsRevokedAt() != null && !person.sessionsRevokedAt().isBefore(found.get().createdAt())) {
            return Optional.empty();
        }
        found.get().usedAt(now);
        return Optional.of(new Holder(person.email(), Set.copyOf(person.roles()), Scope.valueOf(found.get().scope())));
    }

    private Person person(String email) {
        return Person.byEmail(em, email, LockModeType.NONE).orElseThrow(() -> RuleViolation.notFound("person.notFound", email));
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(t.id(), t.name(), Scope.valueOf(t.scope()), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt());
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

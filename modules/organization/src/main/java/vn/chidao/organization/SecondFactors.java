package vn.chidao.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.Person;
import vn.chidao.organization.domain.RecoveryCode;
import vn.chidao.organization.security.DatabaseIdentityStore;
import vn.chidao.organization.security.SignInThrottle;
import vn.chidao.organization.security.TotpCodes;

/**
 * The second factor: a TOTP authenticator app enrolled by scanning a QR code and confirming one code, ten one-time recovery
 * codes (kept as SHA-256 digests) for a lost phone, switched off only with the password and a code, reset by an
 * administrator. Codes are checked against a budget of failures like passwords, and each is accepted once.
 */
@ApplicationScoped
@Transactional
public class SecondFactors {

    /** What the enrolment page shows: the secret for typing, the address in the QR code, the QR code itself (SVG). */
    public record Enrolment(String secret, String uri, String qrSvg) {
    }

    /** Whether one has a second factor, whether one must, and how many recovery codes are left. */
    public record Status(boolean enabled, boolean required, Instant enabledAt, int recoveryCodesLeft) {
    }

    /** How a sign-in's code was accepted, or that it was not. */
    public enum Check { TOTP, RECOVERY_CODE, REFUSED }

    private static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Installation installation;

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    public Status status(String email) {
        Person person = person(email);
        long left = em.createQuery("select count(c) from RecoveryCode c where c.personId = :p and c.usedAt is null", Long.class)
                .setParameter("p", person.id()).getSingleResult();
        return new Status(person.totpSecret() != null, required(person), person.totpEnabledAt(), (int) left);
    }

    /** Whether the account has a second factor (then a password alone signs in nowhere). */
    public boolean enabled(String email) {
        return em.createQuery("select count(p) from Person p where p.email = :e and p.totpSecret is not null", Long.class)
                .setParameter("e", Person.normalizeEmail(email)).getSingleResult() > 0;
    }

    /** Whether the account must have a second factor and has none yet: it may only enrol until it does. */
    public boolean enrolmentDue(String email) {
        Person person = person(email);
        return person.totpSecret() == null && required(person);
    }

    private boolean required(Person person) {
        return installation.secondFactorPolicy().requires(person.roles());
    }

    /** A new secret for the app to scan; replaces any offered before and not confirmed. */
    public Enrolment start(Caller caller) {
        Person person = person(caller.email());
        if (person.totpSecret() != null) {
            throw RuleViolation.conflict("secondFactor", "secondFactor.alreadyOn");
        }
        String secret = TotpCodes.newSecret();
        person.offerTotp(secret);
        String uri = TotpCodes.uri(secret, "Chi Dao " + installation.profile().provinceName(), person.email());
        return new Enrolment(secret.replaceAll("(.{4})(?!$)", "$1 "), uri, TotpCodes.qrSvg(uri));
    }

    /** The app's first code turns the offered secret into the account's second factor; the recovery codes, shown once. */
    public List<String> confirm(Caller caller, String code, String clientAddress) {
        Person person = lockedPerson(caller.email());
        if (person.totpSecret() != null) {
            throw RuleViolation.conflict("secondFactor", "secondFactor.alreadyOn");
        }
        if (person.pendingTotp() == null) {
            throw RuleViolation.invalid("code", "secondFactor.notStarted");
        }
        guard(person, clientAddress);
        OptionalLong step = TotpCodes.match(person.pendingTotp(), code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw failed(person, clientAddress, "enrolment");
        }
        person.enableTotp(person.pendingTotp(), step.getAsLong(), clock.instant());
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.SECOND_FACTOR_ENABLED, person.email(), null);
        return newRecoveryCodes(person);
    }

    /** New recovery codes (the old ones stop working), after a current code. */
    public List<String> renewRecoveryCodes(Caller caller, String code, String clientAddress) {
        Person person = lockedPerson(caller.email());
        requireCode(person, code, clientAddress);
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.RECOVERY_CODES_RENEWED, person.email(), null);
        return newRecoveryCodes(person);
    }

    /** Switched off by its owner, who proves it twice: the password and a code (or a recovery code). */
    public void disable(Caller caller, String password, String code, String clientAddress) {
        Person person = lockedPerson(caller.email());
        if (person.totpSecret() == null) {
            throw RuleViolation.conflict("secondFactor", "secondFactor.notOn");
        }
        guard(person, clientAddress);
        if (password == null || !identityStore.hasher().verify(password.toCharArray(), person.passwordHash())) {
            throw failed(person, clientAddress, "wrong password to switch off");
        }
        requireCode(person, code, clientAddress);
        person.disableTotp();
        deleteRecoveryCodes(person);
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.SECOND_FACTOR_DISABLED, person.email(), null);
    }

    /** An administrator resets a person's second factor (a lost phone with no recovery code): they enrol again. */
    public void reset(PersonId id, Caller administrator) {
        if (!administrator.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        Person person = em.find(Person.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw RuleViolation.notFound("person.notFound", id.value());
        }
        person.disableTotp();
        deleteRecoveryCodes(person);
        person.revokeSessions(clock.instant());
        audit.recordQuietly(administrator.email(), null, AuditLog.Action.SECOND_FACTOR_RESET, person.email(), null);
    }

    /**
     * The second step of a sign-in: a code of the app (each accepted once) or an unused recovery code (then used up).
     * Failures count against the account's budget from that address, as wrong passwords do, and are audited; past the
     * budget, a {@link RuleViolation} of kind TOO_MANY says how long to wait.
     */
    public Check check(String email, String code, String clientAddress) {
        Person person = lockedPerson(email);
        guard(person, clientAddress);
        Check check = Check.REFUSED;
        OptionalLong step = person.totpSecret() == null ? OptionalLong.empty()
                : TotpCodes.match(person.totpSecret(), code, clock.instant(), person.totpLastStep());
        if (step.isPresent()) {
            person.acceptTotpStep(step.getAsLong());
            check = Check.TOTP;
        } else if (person.totpSecret() != null && useRecoveryCode(person, code)) {
            audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.RECOVERY_CODE_USED, person.email(), null);
            check = Check.RECOVERY_CODE;
        }
        if (check == Check.REFUSED) {
            failed(person, clientAddress, "sign-in");
        } else {
            throttle.succeeded(SignInThrottle.secondFactor(person.email()), clientAddress);
        }
        return check;
    }

    private void requireCode(Person person, String code, String clientAddress) {
        if (person.totpSecret() == null) {
            throw RuleViolation.conflict("secondFactor", "secondFactor.notOn");
        }
        guard(person, clientAddress);
        OptionalLong step = TotpCodes.match(person.totpSecret(), code, clock.instant(), person.totpLastStep());
        if (step.isPresent()) {
            person.acceptTotpStep(step.getAsLong());
        } else if (!useRecoveryCode(person, code)) {
            throw failed(person, clientAddress, "wrong code");
        }
        throttle.succeeded(SignInThrottle.secondFactor(person.email()), clientAddress);
    }

    private void guard(Person person, String clientAddress) {
        long wait = throttle.secondsToWait(SignInThrottle.secondFactor(person.email()), clientAddress);
        if (wait > 0) {
            throw RuleViolation.tooMany("secondFactor.throttled", wait);
        }
    }

    private RuleViolation failed(Person person, String clientAddress, String why) {
        throttle.failed(SignInThrottle.secondFactor(person.email()), clientAddress);
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.SECOND_FACTOR_FAILED, person.email(), why);
        return RuleViolation.invalid("code", "secondFactor.wrongCode");
    }

    private boolean useRecoveryCode(Person person, String code) {
        String typed = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!typed.matches("[" + ALPHABET + "]{10}")) {
            return false;
        }
        return em.createQuery("update RecoveryCode c set c.usedAt = :now where c.personId = :p and c.codeHash = :h and c.usedAt is null")
                .setParameter("now", clock.instant()).setParameter("p", person.id()).setParameter("h", digest(person.id(), typed))
                .executeUpdate() == 1;
    }

    private List<String> newRecoveryCodes(Person person) {
        deleteRecoveryCodes(person);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            em.persist(new RecoveryCode(person.id(), digest(person.id(), code.toString())));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private void deleteRecoveryCodes(Person person) {
        em.createQuery("delete from RecoveryCode c where c.personId = :p").setParameter("p", person.id()).executeUpdate();
    }

    private Person person(String email) {
        return Person.byEmail(em, email, LockModeType.NONE).orElseThrow(() -> RuleViolation.notFound("person.notFound", email));
    }

    /** Locked for the check, so two copies of one code sent at once are not both accepted. */
    private Person lockedPerson(String email) {
        return Person.byEmail(em, email, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RuleViolation.notFound("person.notFound", email));
    }

    private static String digest(long personId, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((personId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

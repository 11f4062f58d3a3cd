package vn.chidao.organization.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.PersonId;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.domain.Person;
import vn.chidao.organization.domain.Unit;

/**
 * The administrator's work on accounts, and each person's own password. A password change or a
 * deactivation ends that person's open sessions (on this server).
 */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_HEAD, Role.UNIT_OFFICER);

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    Clock clock;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    public List<PersonView> people() {
        return em.createQuery("select p from Person p order by p.unitId, p.email", Person.class).getResultList().stream()
                .map(Person::view).toList();
    }

    public PersonView create(String email, String fullName, UnitId unit, Set<Role> roles, String locale, String password) {
        String normalized = Person.normalizeEmail(email);
        if (normalized == null || !normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RuleViolation.invalid("email", "person.email.invalid");
        }
        if (!em.createQuery("select p.id from Person p where p.email = :e", Long.class).setParameter("e", normalized)
                .getResultList().isEmpty()) {
            throw RuleViolation.invalid("email", "person.email.duplicate", normalized);
        }
        checkUnitAndRoles(unit, roles);
        checkPassword("password", password);
        Person person = new Person(normalized, fullName.strip(), unit == null ? null : unit.value(), roles, language(locale));
        person.changePasswordHash(identityStore.hasher().hash(password.toCharArray()));
        em.persist(person);
        em.flush();
        return person.view();
    }

    public PersonView change(PersonId id, long expectedVersion, String fullName, UnitId unit, Set<Role> roles, Boolean active,
                             String locale) {
        Person person = em.find(Person.class, id.value());
        if (person == null) {
            throw RuleViolation.notFound("person.notFound", id.value());
        }
        if (person.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        checkUnitAndRoles(unit != null ? unit : person.unitId() == null ? null : new UnitId(person.unitId()),
                roles != null ? roles : person.roles());
        person.change(fullName == null || fullName.isBlank() ? null : fullName.strip(), unit == null ? null : unit.value(),
                roles, active, locale == null ? null : language(locale));
        em.flush();
        if (Boolean.FALSE.equals(active) || roles != null) {
            revoke(person);
        }
        return person.view();
    }

    /**
     * Changes one's own password after checking the current one, which counts against the same budget as signing in from
     * {@code clientAddress}: a stolen session cannot guess it at leisure.
     */
    public void changeOwnPassword(String email, String current, String replacement, String clientAddress) {
        long wait = throttle.secondsToWait(SignInThrottle.passwordChange(email), clientAddress);
        if (wait > 0) {
            throw RuleViolation.tooMany("person.password.throttled", wait);
        }
        Person person = Person.byEmail(em, email, LockModeType.NONE).orElseThrow();
        if (!identityStore.hasher().verify(current.toCharArray(), person.passwordHash())) {
            throw wrongCurrentPassword(email, clientAddress);
        }
        throttle.succeeded(SignInThrottle.passwordChange(email), clientAddress);
        checkPassword("newPassword", replacement);
        person.changePasswordHash(identityStore.hasher().hash(replacement.toCharArray()));
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.PASSWORD_CHANGED, person.email(), null);
        revoke(person);
    }

    private RuleViolation wrongCurrentPassword(String email, String clientAddress) {
        throttle.failed(SignInThrottle.passwordChange(email), clientAddress);
        audit.recordQuietly(email, clientAddress, AuditLog.Action.PASSWORD_CHANGE_FAILED, email, "wrong current password");
        return RuleViolation.invalid("currentPassword", "person.password.wrong");
    }

    /**
     * Whether a session opened at {@code signedInAt} must end because the account changed since — read from the database,
     * so a change made through one server ends the sessions on every server at once.
     */
    public boolean revokedSince(String email, Instant signedInAt) {
        Object[] row = em.createQuery("select p.sessionsRevokedAt, p.active from Person p where p.email = :e", Object[].class)
                .setParameter("e", Person.normalizeEmail(email)).getResultStream().findFirst().orElse(null);
        if (row == null || !(Boolean) row[1]) {
            return true;
        }
        Instant at = (Instant) row[0];
        return at != null && !at.isBefore(signedInAt);
    }

    /** "Sign out everywhere": every session and API token of the account ends, on every server. */
    public void signOutEverywhere(String email, String clientAddress) {
        Person person = Person.byEmail(em, email, LockModeType.NONE).orElseThrow();
        revoke(person);
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.SESSIONS_REVOKED, person.email(), null);
    }

    private void revoke(Person person) {
        identityStore.forget(person.email());
        person.revokeSessions(clock.instant());
        em.flush();
    }

    private void checkUnitAndRoles(UnitId unit, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw RuleViolation.invalid("roles", "person.roles.required");
        }
        if (unit != null) {
            Unit found = em.find(Unit.class, unit.value());
            if (found == null || !found.existsOn(clock.instant().atZone(clock.getZone()).toLocalDate())) {
                throw RuleViolation.invalid("unitId", "unit.notFound", unit.value());
            }
        } else if (roles.stream().anyMatch(UNIT_ROLES::contains)) {
            throw RuleViolation.invalid("unitId", "person.unit.required");
        }
    }

    private static void checkPassword(String field, String password) {
        PasswordPolicy.check(field, password);
    }

    private static String language(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
    }
}

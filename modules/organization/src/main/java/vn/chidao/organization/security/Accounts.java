package vn.chidao.organization.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    private final ConcurrentHashMap<String, Instant> revoked = new ConcurrentHashMap<>();

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
            revoke(person.email());
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
        Person person = em.createQuery("select p from Person p where p.email = :e", Person.class)
                .setParameter("e", Person.normalizeEmail(email)).getSingleResult();
        if (!identityStore.hasher().verify(current.toCharArray(), person.passwordHash())) {
            throw wrongCurrentPassword(email, clientAddress);
        }
        throttle.succeeded(SignInThrottle.passwordChange(email), clientAddress);
        checkPassword("newPassword", replacement);
        person.changePasswordHash(identityStore.hasher().hash(replacement.toCharArray()));
        audit.recordQuietly(person.email(), clientAddress, AuditLog.Action.PASSWORD_CHANGED, person.email(), null);
        revoke(person.email());
    }

    private RuleViolation wrongCurrentPassword(String email, String clientAddress) {
        throttle.failed(SignInThrottle.passwordChange(email), clientAddress);
        audit.recordQuietly(email, clientAddress, AuditLog.Action.PASSWORD_CHANGE_FAILED, email, "wrong current password");
        return RuleViolation.invalid("currentPassword", "person.password.wrong");
    }

    /** Whether a session opened at {@code signedInAt} must end because the account changed since. */
    public boolean revokedSince(String email, Instant signedInAt) {
        Instant at = revoked.get(Person.normalizeEmail(email));
        return at != null && !at.isBefore(signedInAt);
    }

    private void revoke(String email) {
        identityStore.forget(email);
        revoked.put(Person.normalizeEmail(email), clock.instant());
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

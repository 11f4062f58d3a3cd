package vn.chidao.organization.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.chidao.organization.PersonId;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;

/** A person who signs in; their e-mail address is their sign-in name. */
@Entity
@Audited
@Table(name = "org_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "unit_id")
    private Long unitId;

    @NotAudited
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false, length = 8)
    private String locale = "vi";

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "totp_pending", length = 64)
    private String totpPending;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "sessions_revoked_at")
    private Instant sessionsRevokedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String email, String fullName, Long unitId, Set<Role> roles, String locale) {
        this.email = normalizeEmail(email);
        this.fullName = fullName;
        this.unitId = unitId;
        this.roles.addAll(roles);
        this.locale = locale == null ? "vi" : locale;
    }

    /**
     * The account signing in as {@code email} (compared as sign-in compares it), read with {@code lock} — a
     * pessimistic write lock where two requests must not both use the same one-time code.
     */
    public static Optional<Person> byEmail(EntityManager em, String email, LockModeType lock) {
        return em.createQuery("select p from Person p where p.email = :e", Person.class).setParameter("e", normalizeEmail(email))
                .setLockMode(lock).getResultStream().findFirst();
    }

    /** Sign-in names compare without regard to case, surrounding blanks or Unicode form. */
    public static String normalizeEmail(String email) {
        return email == null ? null : java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The administrator's changes; null leaves a field as it is. */
    public void change(String newName, Long newUnit, Set<Role> newRoles, Boolean nowActive, String newLocale) {
        if (newName != null) {
            fullName = newName;
        }
        if (newUnit != null) {
            unitId = newUnit;
        }
        if (newRoles != null) {
            roles.clear();
            roles.addAll(newRoles);
        }
        if (nowActive != null) {
            active = nowActive;
        }
        if (newLocale != null) {
            locale = newLocale;
        }
    }

    public Long unitId() {
        return unitId;
    }

    public long version() {
        return version;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public PersonView view() {
        return new PersonView(new PersonId(id), email, fullName, unitId == null ? null : new UnitId(unitId),
                roles, Locale.forLanguageTag(locale), active, version);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** A secret offered at enrolment; it becomes the second factor once a code made with it is confirmed. */
    public void offerTotp(String secret) {
        totpPending = secret;
    }

    public String pendingTotp() {
        return totpPending;
    }

    public void enableTotp(String secret, long step, Instant at) {
        totpSecret = secret;
        totpPending = null;
        totpEnabledAt = at;
        totpLastStep = step;
    }

    public void disableTotp() {
        totpSecret = null;
        totpPending = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    public long totpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    public void acceptTotpStep(long step) {
        totpLastStep = step;
    }

    /** Sessions and sign-ins begun before this moment are void, on every server. */
    public Instant sessionsRevokedAt() {
        return sessionsRevokedAt;
    }

    public void revokeSessions(Instant at) {
        sessionsRevokedAt = at;
    }
}

package vn.chidao.organization;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.Person;
import vn.chidao.organization.security.DatabaseIdentityStore;
import vn.chidao.organization.security.PasswordPolicy;

/**
 * There is no default administrator password. While no active administrator exists, start-up
 * prints a one-time setup token in the server log; whoever can read the log creates the first
 * administrator with it, and the token dies.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    Installation installation;

    @Inject
    AuditLog audit;

    private final AtomicReference<String> token = new AtomicReference<>();

    /** Called at start-up: issues a token when the system has no administrator yet. */
    @Transactional
    public void offerSetupIfNeeded() {
        if (administratorExists()) {
            token.set(null);
            return;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        token.set(issued);
        LOG.warning(() -> "CHIDAO SETUP: no administrator exists. Create the first one during this server run "
                + "with POST /api/setup (see README, 'First administrator'). Setup token: " + issued);
    }

    /**
     * What the first administrator says about the installation at set-up: the province's name (the rest of the identity
     * follows from it), optionally the committee's name, the signer's name and a logo. Null fields keep the defaults.
     */
    public record FirstIdentity(String provinceName, String committeeName, String signerName, byte[] logo) {
    }

    /** Whether a set-up is open (no administrator yet, a token issued): the sign-in page then offers the set-up page. */
    public boolean available() {
        return token.get() != null;
    }

    /** The first administrator, and the installation's identity as they give it, in one step: all of it or nothing. */
    @Transactional
    public PersonView setUp(String offeredToken, String email, String fullName, String password, FirstIdentity identity) {
        String expected = token.get();
        if (expected == null || administratorExists()) {
            throw RuleViolation.conflict("token", "setup.notAvailable");
        }
        if (offeredToken == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                offeredToken.getBytes(StandardCharsets.UTF_8))) {
            throw RuleViolation.invalid("token", "setup.token.invalid");
        }
        if (fullName == null || fullName.isBlank()) {
            throw RuleViolation.invalid("fullName", "person.fullName.required");
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RuleViolation.invalid("email", "person.email.invalid");
        }
        PasswordPolicy.check("password", password);
        String normalized = Person.normalizeEmail(email);
        if (!em.createQuery("select p from Person p where p.email = :e", Person.class)
                .setParameter("e", normalized).getResultList().isEmpty()) {
            throw RuleViolation.invalid("email", "person.email.duplicate", normalized);
        }
        if (identity != null && identity.logo() != null) {
            installation.checkLogo(identity.logo());
        }
        // Claimed before writing, so two simultaneous requests cannot both use the token.
        if (!token.compareAndSet(expected, null)) {
            throw RuleViolation.conflict("token", "setup.notAvailable");
        }
        try {
            Person admin = new Person(normalized, fullName.strip(), null, EnumSet.of(Role.ADMIN), "vi");
            admin.changePasswordHash(identityStore.hasher().hash(password.toCharArray()));
            em.persist(admin);
            em.flush();
            Caller administrator = Caller.of(admin.view());
            if (identity != null && identity.provinceName() != null && !identity.provinceName().isBlank()) {
                installation.establish(identity.provinceName(), identity.committeeName(), identity.signerName(), administrator);
            }
            if (identity != null && identity.logo() != null) {
                installation.changeLogo(identity.logo(), administrator);
            }
            audit.recordQuietly(normalized, null, AuditLog.Action.SETUP, normalized, "first administrator");
            LOG.info(() -> "CHIDAO SETUP: first administrator " + normalized + " created; the setup token is void.");
            return admin.view();
        } catch (RuntimeException failed) {
            // nothing was written (the transaction rolls back): the token stays good for another try
            token.compareAndSet(null, expected);
            throw failed;
        }
    }

    private boolean administratorExists() {
        return em.createQuery("select count(p) from Person p join p.roles r where r = :admin and p.active = true",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }
}

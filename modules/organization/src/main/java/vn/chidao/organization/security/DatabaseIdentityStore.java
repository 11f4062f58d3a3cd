package vn.chidao.organization.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.Role;
import vn.chidao.organization.domain.Person;

/**
 * Checks e-mail and password against {@code org_person}. A PBKDF2 check at 600,000 iterations
 * costs about half a second, so a successful check is remembered for a few minutes as a salted
 * SHA-256 of the password; a changed stored hash invalidates it at once.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final Duration REMEMBER = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chidao.password.iterations", defaultValue = "600000")
    int iterations;

    private PasswordHasher hasher;
    private String decoyHash;
    private final String pepper = newPepper();
    private final ConcurrentHashMap<String, Remembered> verified = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
        decoyHash = hasher.decoy();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = Person.normalizeEmail(login.getCaller());
        Person person = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        if (person == null || !person.active() || person.passwordHash() == null) {
            // Same work as for a real account, so timing does not tell which e-mails exist.
            hasher.verify(login.getPassword().getValue(), decoyHash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        String password = new String(PasswordPolicy.normalize(login.getPassword().getValue()));
        byte[] digest = PasswordHasher.sha256(pepper + password);
        Remembered remembered = verified.get(email);
        boolean ok;
        // only the very password checked before answers from memory: a wrong one always costs the full hash, so the time
        // of a refusal does not tell whether the account signed in lately
        if (remembered != null && remembered.storedHash.equals(person.passwordHash())
                && remembered.expires.isAfter(clock.instant()) && MessageDigest.isEqual(remembered.digest, digest)) {
            ok = true;
        } else {
            ok = hasher.verify(login.getPassword().getValue(), person.passwordHash());
            if (ok && hasher.needsRehash(person.passwordHash())) {
                person.changePasswordHash(hasher.hash(login.getPassword().getValue()));
            }
            if (ok) {
                verified.put(email, new Remembered(digest, person.passwordHash(), clock.instant().plus(REMEMBER)));
            }
        }
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = person.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(person.email(), groups);
    }

    /** Forget remembered checks, e.g. after a password change. */
    public void forget(String email) {
        verified.remove(Person.normalizeEmail(email));
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    private static String newPepper() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private record Remembered(byte[] digest, String storedHash, Instant expires) {
    }
}

package vn.chidao.organization.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64. The EE
 * default of 2,048 iterations is far too weak; OWASP asks for 600,000.
 */
public final class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher(int iterations) {
        if (iterations < 100_000) {
            throw new IllegalArgumentException("PBKDF2 needs at least 100,000 iterations, not " + iterations);
        }
        this.iterations = iterations;
    }

    /** The password in Unicode NFC, so that "mật khẩu" typed by any keyboard (composed or not) hashes alike. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(PasswordPolicy.normalize(password), salt, iterations, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    public boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        byte[] key = derive(PasswordPolicy.normalize(password), parsed.salt, parsed.iterations, parsed.hash.length * 8);
        return MessageDigest.isEqual(key, parsed.hash);
    }

    /** A hash made with fewer iterations than we now ask for is replaced at the next sign-in. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < iterations;
    }

    /** A hash of a random password, to spend the same time on an unknown user as on a known one. */
    public String decoy() {
        return hash(Long.toHexString(RANDOM.nextLong()).toCharArray());
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
                return null;
            }
            try {
                return new Parsed(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
                        Base64.getDecoder().decode(parts[3]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

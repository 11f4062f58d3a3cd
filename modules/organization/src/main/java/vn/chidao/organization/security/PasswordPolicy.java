package vn.chidao.organization.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import vn.chidao.kernel.RuleViolation;

/**
 * What a password must be (ASVS 5.0, 6.2): at least 12 characters and at most 128 once in Unicode NFC (a Vietnamese
 * passphrase is the same password however the keyboard composed it), not only blanks, and none of the 100,000 passwords
 * most found in breaches — the list nbvcxz ships ({@code dictionaries/passwords.txt}, MIT licence), compared without case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load("dictionaries/passwords.txt");

    private PasswordPolicy() {
    }

    /** The password's characters in NFC. */
    public static char[] normalize(char[] password) {
        return Normalizer.normalize(new String(password), Normalizer.Form.NFC).toCharArray();
    }

    /** Refuses, naming {@code field}, a password that is too short, too long, blank or common. */
    public static void check(String field, String password) {
        String normal = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = normal.codePointCount(0, normal.length());
        if (length > MAX_LENGTH) {
            throw RuleViolation.invalid(field, "person.password.tooLong", MAX_LENGTH);
        }
        if (length < MIN_LENGTH || normal.isBlank()) {
            throw RuleViolation.invalid(field, "person.password.weak");
        }
        if (COMMON.contains(normal.toLowerCase(Locale.ROOT)) || normal.chars().distinct().count() < 3) {
            throw RuleViolation.invalid(field, "person.password.common");
        }
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(150_000);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the common-password list " + resource + " is missing (nbvcxz)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

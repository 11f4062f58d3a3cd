package vn.chidao.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);

    @Test
    void storesPbkdf2Sha256WithSixHundredThousandIterationsAndARandomSalt() {
        String first = hasher.hash("ChiDao@2025".toCharArray());
        String second = hasher.hash("ChiDao@2025".toCharArray());

        assertThat(first).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(first.split(":")).hasSize(4);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = hasher.hash("mật khẩu đúng".toCharArray());

        assertThat(hasher.verify("mật khẩu đúng".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("mật khẩu sai".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSameVietnamesePasswordMatchesHoweverTheKeyboardComposedIt() {
        String stored = hasher.hash("mật khẩu đúng".toCharArray());
        String decomposed = java.text.Normalizer.normalize("mật khẩu đúng", java.text.Normalizer.Form.NFD);
        assertThat(hasher.verify(decomposed.toCharArray(), stored)).isTrue();
    }

    @Test
    void neverMatchesAMalformedStoredHash() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:1000:%%%:%%%")).isFalse();
    }

    @Test
    void weakerOldHashesAreStillAcceptedButMarkedForRehash() {
        PasswordHasher old = new PasswordHasher(100_000);
        String stored = old.hash("secret-password".toCharArray());

        assertThat(hasher.verify("secret-password".toCharArray(), stored)).isTrue();
        assertThat(hasher.needsRehash(stored)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("secret-password".toCharArray()))).isFalse();
    }

    @Test
    void refusesTooFewIterations() {
        assertThatThrownBy(() -> new PasswordHasher(2_048)).isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.chidao.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.RuleViolation;

class PasswordPolicyTest {

    @Test
    void blanksCommonAndRepetitivePasswordsAreRefusedByName() {
        assertThat(refusal("            ")).isEqualTo("person.password.weak");
        assertThat(refusal("password1234")).isEqualTo("person.password.common");
        assertThat(refusal("PASSWORD1234")).as("without case").isEqualTo("person.password.common");
        assertThat(refusal("123456789012")).isEqualTo("person.password.common");
        assertThat(refusal("aaaaaaaaaaaa")).isEqualTo("person.password.common");
        assertThat(refusal("abababababab")).isEqualTo("person.password.common");
        assertThat(refusal("ngắn quá")).isEqualTo("person.password.weak");
    }

    @Test
    void aLongPasswordGetsTheLengthMessageNotTheShortOne() {
        assertThat(refusal("x".repeat(129) + "yz")).isEqualTo("person.password.tooLong");
        assertThatCode(() -> PasswordPolicy.check("password", "một câu rất dài ".repeat(8))).doesNotThrowAnyException();
    }

    @Test
    void aVietnamesePassphraseCountsItsLettersNotHowTheKeyboardComposedThem() {
        String composed = "Đồng Nai 2026";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(composed.length());
        assertThatCode(() -> PasswordPolicy.check("password", decomposed)).doesNotThrowAnyException();
        // eleven letters, fourteen code units when decomposed: still too short
        assertThat(refusal(Normalizer.normalize("Đồng Nai 20", Normalizer.Form.NFD))).isEqualTo("person.password.weak");
        assertThat(new String(PasswordPolicy.normalize(decomposed.toCharArray()))).isEqualTo(composed);
    }

    @Test
    void theFieldIsNamed() {
        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> PasswordPolicy.check("newPassword", "password1234"));
        assertThat(refused.problems().get(0).field()).isEqualTo("newPassword");
    }

    private static String refusal(String password) {
        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> PasswordPolicy.check("password", password));
        return refused == null ? null : refused.problems().get(0).messageKey();
    }
}

package vn.chidao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.chidao.kernel.Messages;

class MessagesTest {

    @Test
    void answersInVietnameseUnlessEnglishIsAskedFor() {
        assertThat(Messages.text(Messages.fromAcceptLanguage(null), "unit.merge.self"))
                .isEqualTo("Không thể sáp nhập một đơn vị vào chính nó.");
        assertThat(Messages.text(Messages.fromAcceptLanguage("fr-FR,fr;q=0.9"), "unit.merge.self"))
                .startsWith("Không thể");
        assertThat(Messages.text(Messages.fromAcceptLanguage("en-US,en;q=0.9,vi;q=0.5"), "unit.merge.self"))
                .isEqualTo("A unit cannot be merged into itself.");
    }

    @Test
    void vietnameseStaysTheDefaultWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.text(Messages.VIETNAMESE, "auth.failed")).contains("không đúng");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsInArguments() {
        assertThat(Messages.text(Locale.ENGLISH, "unit.code.duplicate", "STC")).isEqualTo("Unit code STC already exists.");
    }

    @Test
    void idsPrintWithoutGroupingAndDaysAsDdMmYyyy() {
        assertThat(Messages.text(Messages.VIETNAMESE, "unit.notFound", 987654321L))
                .isEqualTo("Không tìm thấy đơn vị có mã số 987654321.");
        assertThat(Messages.text(Messages.VIETNAMESE, "unit.merge.alreadyEnded", "STTTT", java.time.LocalDate.of(2025, 2, 28)))
                .isEqualTo("Đơn vị STTTT đã kết thúc hoạt động từ ngày 28/02/2025.");
    }

    @Test
    void everyVietnameseTextHasAnEnglishOne() throws IOException {
        Properties vi = load("i18n/organization_vi.properties");
        Properties en = load("i18n/organization_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}

package vn.chidao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text shown to users exists in Vietnamese and in English, in every module's bundle. */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/organization", "i18n/plan", "i18n/tasks", "i18n/app", "i18n/ui", "i18n/faces"})
    void everyVietnameseTextHasAnEnglishOne(String bundle) throws IOException {
        Properties vi = load(bundle + "_vi.properties");
        Properties en = load(bundle + "_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

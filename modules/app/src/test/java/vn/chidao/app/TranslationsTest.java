package vn.chidao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text shown to users exists in Vietnamese and in English, in every module's bundle. */
class TranslationsTest {

    /** Every module's bundle, found as Messages finds it (META-INF/chidao/messages), and the pages' own two. */
    static Stream<String> bundles() throws IOException {
        List<String> names = new ArrayList<>(List.of("i18n/ui", "i18n/faces"));
        for (URL file : Collections.list(TranslationsTest.class.getClassLoader().getResources("META-INF/chidao/messages"))) {
            try (InputStream in = file.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .map(name -> name.replace('.', '/')).forEach(names::add);
            }
        }
        assertThat(names).as("bundles found").contains("i18n/organization", "i18n/plan", "i18n/tasks", "i18n/reporting",
                "i18n/notification", "i18n/app");
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
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

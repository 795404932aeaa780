package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of the tasklist and of the validation rules exists in English and in Chinese, and no
 * template writes a label for people (ARIA label, title, placeholder, alternative text) as a literal
 * that the language switch could not reach.
 */
class MessagesBothLanguagesTest {

    private static final Pattern LITERAL_LABEL =
            Pattern.compile("(?<![:\\w-])(aria-label|title|placeholder|alt)=\"([^\"]*\\p{L}[^\"]*)\"");

    @Test
    void everyTasklistMessageHasBothLanguages() throws IOException {
        assertSameKeys("messages");
    }

    @Test
    void everyValidationMessageHasBothLanguages() throws IOException {
        assertSameKeys("ValidationMessages");
    }

    @Test
    void noTemplateHasALiteralLabelForPeople() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_LABEL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(literals)
                .as("labels to be read from messages (th:attr=\"aria-label=#{...}\")")
                .isEmpty();
    }

    private static void assertSameKeys(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh.properties");
        TreeSet<String> missingInZh = new TreeSet<>(en.stringPropertyNames());
        missingInZh.removeAll(zh.stringPropertyNames());
        TreeSet<String> missingInEn = new TreeSet<>(zh.stringPropertyNames());
        missingInEn.removeAll(en.stringPropertyNames());
        assertThat(missingInZh).as(bundle + " keys without a Chinese text").isEmpty();
        assertThat(missingInEn).as(bundle + " keys without an English text").isEmpty();
        TreeSet<String> blank = new TreeSet<>();
        zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).isBlank())
                .forEach(blank::add);
        assertThat(blank).as(bundle + " Chinese texts left blank").isEmpty();
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBothLanguagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

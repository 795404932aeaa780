package org.comity.documents.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped wording bundle (main resources) has exactly the keys of the English one, so a
 * configured language never prints a document with a phrase missing.
 */
class DocumentBundlesTest {

    @Test
    void everyShippedBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws Exception {
        List<Path> bundles = shippedBundles();
        assertThat(bundles)
                .extracting(p -> p.getFileName().toString())
                .contains("documents_en.properties", "documents_zh_Hans.properties");
        Set<String> english = load(bundles.stream()
                        .filter(p -> p.endsWith("documents_en.properties"))
                        .findFirst()
                        .orElseThrow())
                .stringPropertyNames();
        for (Path bundle : bundles) {
            assertThat(load(bundle).stringPropertyNames())
                    .as(bundle.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void printsTheRequestedLanguagesThatHaveABundleEnglishFirst() {
        assertThat(DocumentBundles.printable(
                        List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans"), Locale.forLanguageTag("my"))))
                .extracting(Locale::toLanguageTag)
                .containsExactly("en", "zh-Hans");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DocumentBundles.printable(List.of(Locale.forLanguageTag("zh-Hans"), Locale.ENGLISH)));
    }

    private static List<Path> shippedBundles() throws URISyntaxException, IOException {
        Path english = Path.of(DocumentBundles.class
                .getResource("/wording/documents_en.properties")
                .toURI());
        try (Stream<Path> files = Files.list(english.getParent())) {
            return files.filter(p -> p.getFileName().toString().matches("documents_.+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

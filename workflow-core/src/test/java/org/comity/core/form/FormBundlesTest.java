package org.comity.core.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The form bundles shipped with Comity: every language has every text (a key in one bundle file is
 * in each other file of that bundle), and every option of a {@link Labelled} enum has its label.
 * That every form field is labelled is checked when the registry starts ({@link FormRegistry}).
 */
class FormBundlesTest {

    private static final Path SHIPPED = Path.of("src/main/resources", FormMessages.LOCATION);

    @Test
    void everyShippedBundleHasTheSameKeysInEveryLanguage() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                int suffix = name.indexOf('_');
                String bundle = suffix < 0 ? name : name.substring(0, suffix);
                String language = suffix < 0 ? "en" : name.substring(suffix + 1);
                bundles.computeIfAbsent(bundle, b -> new TreeMap<>()).put(language, keys(file));
            }
        }
        assertThat(bundles).containsKeys("common", "extradition", "mla", "repatriation");
        bundles.forEach((bundle, languages) -> {
            assertThat(languages).as(bundle).containsKeys("en", "zh");
            languages.forEach((language, keys) -> languages.forEach((other, otherKeys) -> assertThat(otherKeys)
                    .as("keys of %s_%s missing from %s_%s", bundle, language, bundle, other)
                    .containsAll(keys)));
        });
    }

    @Test
    void theRegistryFindsEveryFormLabelledInEnglish() {
        List<Class<? extends Record>> shipped = FormRegistry.scan().stream()
                .filter(form -> !form.getName().contains("Test$"))
                .toList();
        assertThat(new FormRegistry(shipped).all()).hasSizeGreaterThan(30);
    }

    @Test
    void everyLabelledOptionHasItsLabelInEnglishAndChinese() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        Set<Class<?>> enums = scanner.findCandidateComponents("org.comity").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, getClass().getClassLoader()))
                .filter(Class::isEnum)
                .collect(Collectors.toSet());
        assertThat(enums).hasSizeGreaterThan(20);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                Labelled option = (Labelled) constant;
                assertThat(FormMessages.inEnglish(option.labelKey()))
                        .as(option.labelKey())
                        .isTrue();
                assertThat(option.label(Locale.CHINESE))
                        .as(option.labelKey())
                        .isNotEqualTo(option.label(Locale.ENGLISH));
            }
        }
    }

    @Test
    void derivesTheKeysFromTheTypesNamesInsideTheirPackage() {
        assertThat(ReviewDecision.RETURN.labelKey()).isEqualTo("option.ReviewDecision.RETURN");
        assertThat(ReviewDecision.RETURN.label(Locale.CHINESE)).isEqualTo("退回修改");
        assertThat(FormMessages.bundles())
                .contains("i18n/forms/common", "i18n/forms/extradition", "i18n/forms/mla", "i18n/forms/repatriation");
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}

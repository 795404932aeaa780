package org.comity.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.comity.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A jurisdiction's names bind in either form: the keyed {@code names} (any language) and, as
 * before, {@code name-en} with {@code name-local} (the local name keyed by the state's first
 * language other than English).
 */
class JurisdictionNamesBindingTest {

    @Test
    void namesByLanguageAndTheEarlierPairBindToTheSameKeyedNames() {
        Map<String, String> properties = Map.of(
                "comity.jurisdictions[0].code", "CN",
                "comity.jurisdictions[0].name-en", "People's Republic of China",
                "comity.jurisdictions[0].name-local", "中华人民共和国",
                "comity.jurisdictions[0].zone", "Asia/Shanghai",
                "comity.jurisdictions[0].languages", "zh-Hans,en",
                "comity.jurisdictions[1].code", "FR",
                "comity.jurisdictions[1].names.en", "French Republic",
                "comity.jurisdictions[1].names.[fr]", "République française",
                "comity.jurisdictions[1].zone", "Europe/Paris",
                "comity.jurisdictions[1].languages", "fr,en");

        List<Jurisdiction> states = new Binder(new MapConfigurationPropertySource(properties))
                .bind("comity", ComityProperties.class).get().jurisdictions().stream()
                        .map(ComityProperties.JurisdictionSetting::toJurisdiction)
                        .toList();

        assertThat(states.get(0).names().asMap())
                .containsExactly(Map.entry("en", "People's Republic of China"), Map.entry("zh-Hans", "中华人民共和国"));
        assertThat(states.get(0).nameLocal()).isEqualTo("中华人民共和国");
        assertThat(states.get(1).names().asMap())
                .containsEntry("en", "French Republic")
                .containsEntry("fr", "République française");
        assertThat(states.get(1).nameEn()).isEqualTo("French Republic");
        assertThat(states.get(1).nameLocal()).isEqualTo("République française");
    }
}

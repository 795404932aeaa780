package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.web.form.Choice;
import org.junit.jupiter.api.Test;

/**
 * The MLA wizard's definition without a server: every label and hint exists in both languages, the
 * options are the model's own bilingual labels, and the generic parts it added — several check
 * boxes, a question outside the model, optional list slots in rows — bind as the model expects.
 */
class MlaWizardTest {

    static final Actor CN_OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");

    final MlaWizard wizard = new MlaWizard(
            null,
            MlaLegalBases.standard(),
            new JurisdictionRegistry(List.of(
                    new Jurisdiction(
                            "CN",
                            "People's Republic of China",
                            "中华人民共和国",
                            ZoneId.of("Asia/Shanghai"),
                            List.of("zh-Hans", "en")),
                    new Jurisdiction(
                            "MM", "Republic of the Union of Myanmar", null, ZoneId.of("Asia/Yangon"), List.of("my")))),
            ExtraditionWizardTest.MESSAGES);

    @Test
    void everyLabelAndHintExistsInEnglishAndChineseAndOptionsAreTheModelsLabels() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(
                    getClass().getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            assertThat(properties.stringPropertyNames()).as(file).containsAll(WizardLabels.keys(wizard));
            assertThat(properties.stringPropertyNames()).as(file).contains("wizard.mla.requestingState");
        }
        WizardField types = (WizardField) wizard.steps().get(1).parts().get(0);
        assertThat(types.options().options(CN_OFFICER, Locale.CHINESE))
                .extracting(Choice::label)
                .contains("搜查、扣押");
        assertThat(types.marked()).isTrue();
        assertThat(wizard.initialValues(CN_OFFICER)).containsEntry("language", "zh");
    }

    @Test
    void bindsSeveralChoicesLeavesTheSteeringQuestionOutAndDropsEmptySlots() {
        DraftValues values = new DraftValues(
                Map.of(
                        "assistanceTypes",
                        "BANK_RECORDS,SEARCH_AND_SEIZURE",
                        "summonsIncluded",
                        "false",
                        "personsConcerned[0].nameInLatinScript",
                        "Zhang Wei",
                        "personsConcerned[0].nationalities[1]",
                        "MM"),
                Map.of("personsConcerned", 1));
        DraftBinder.Binding binding = new DraftBinder(ExtraditionWizardTest.MESSAGES)
                .bind(wizard.steps(), values, CN_OFFICER, Locale.ENGLISH);
        assertThat(binding.errors()).isEmpty();
        assertThat(binding.tree())
                .containsEntry("assistanceTypes", List.of("BANK_RECORDS", "SEARCH_AND_SEIZURE"))
                .doesNotContainKeys("summonsIncluded", "summons");
        @SuppressWarnings("unchecked")
        Map<String, Object> person = ((List<Map<String, Object>>) binding.tree().get("personsConcerned")).get(0);
        assertThat(person).doesNotContainKey("identityDocuments");
        assertThat(person.get("nationalities")).isEqualTo(java.util.Arrays.asList(null, "MM"));

        values.put("assistanceTypes", "BANK_RECORDS,TELEPORTATION");
        assertThat(new DraftBinder(ExtraditionWizardTest.MESSAGES)
                        .bind(wizard.steps(), values, CN_OFFICER, Locale.ENGLISH)
                        .errors())
                .extracting(e -> e.field() + " " + e.rule())
                .containsExactly("assistanceTypes Choice");
    }
}

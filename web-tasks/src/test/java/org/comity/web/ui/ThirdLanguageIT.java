package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A third language is added by bundles and configuration alone: a served state declares French
 * ({@code fr}), test resources hold {@code messages_fr.properties} (page texts) and
 * {@code i18n/forms/test_fr.properties} (the test process's form labels), and no main code names
 * French. The task page then reads in French, form labels and page text alike, and the language
 * switch offers it next to English and Chinese.
 */
@TestPropertySource(
        properties = {
            "comity.jurisdictions[0].code=CN",
            "comity.jurisdictions[0].name-en=People's Republic of China",
            "comity.jurisdictions[0].name-local=中华人民共和国",
            "comity.jurisdictions[0].zone=Asia/Shanghai",
            "comity.jurisdictions[0].languages=zh-Hans,en",
            "comity.jurisdictions[1].code=MM",
            "comity.jurisdictions[1].name-en=Republic of the Union of Myanmar",
            "comity.jurisdictions[1].name-local=ပြည်ထောင်စု သမ္မတ မြန်မာနိုင်ငံတော်",
            "comity.jurisdictions[1].zone=Asia/Yangon",
            "comity.jurisdictions[1].languages=my,en",
            "comity.jurisdictions[2].code=FR",
            "comity.jurisdictions[2].name-en=French Republic",
            "comity.jurisdictions[2].name-local=République française",
            "comity.jurisdictions[2].zone=Europe/Paris",
            "comity.jurisdictions[2].languages=fr"
        })
class ThirdLanguageIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    PageLanguages languages;

    @Test
    void offersTheDeclaredLanguagesThatHaveABundle() {
        assertThat(languages.offered())
                .extracting(java.util.Locale::toLanguageTag)
                .containsExactly("en", "zh", "fr");
    }

    @Test
    void showsATaskFormsLabelsAndThePagesTextInTheThirdLanguage() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        MvcResult result = mvc.perform(
                        get("/tasks/" + taskId + "?lang=fr").with(user(people.loadUserByUsername("cn.officer"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .containsPattern("<html[^>]* lang=\"fr\"")
                .contains(
                        "Enregistrer la décision",
                        "Décision",
                        "Motifs",
                        "Nombre d’exemplaires",
                        "Approuver",
                        "Renvoyer")
                .contains("Obligatoire lorsque la demande est renvoyée")
                .contains("Retour à mes tâches", ">Tâches<")
                .doesNotContain("Record the decision", "Number of copies", "Back to my tasks")
                .contains(">English<", ">中文<")
                .doesNotContain(">Français<");
        Cookie remembered = result.getResponse().getCookie("comity-lang");
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("fr");
    }

    @Test
    void keepsALanguageNoStateDeclaresOffThePages() throws Exception {
        String page = mvc.perform(get("/tasks?lang=de").with(user(people.loadUserByUsername("cn.officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("<html[^>]* lang=\"en\"").contains(">Français<", ">中文<");
    }
}

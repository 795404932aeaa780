package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The page scan's rules find what they are meant to find, and leave data and proper nouns alone. */
class RawValuesTest {

    private static final String[] MESSAGES = {
        "case.status.SUBMITTED",
        "Submitted",
        "已提交",
        "task.claim",
        "Claim the task now",
        "认领任务",
        "wizard.option.Channel.INTERPOL",
        "Through INTERPOL",
        "通过国际刑警组织",
        "app.name",
        "Comity",
        "Comity"
    };

    private final RawValues rules = new RawValues(bundle(1), bundle(2), defaults(), List.of("Review the request"));

    @Test
    void findsKeysConstantsIdsAndDefaultMessages() {
        assertThat(rules.findings("Status: SUBMITTED", "en")).containsExactly("constant SUBMITTED");
        assertThat(rules.findings("Stage REQUEST_SENT", "en")).containsExactly("constant REQUEST_SENT");
        assertThat(rules.findings("??task.claim_en??", "en")).contains("unresolved message ??task.claim_en??");
        assertThat(rules.findings("press task.claim", "en")).containsExactly("message key or code task.claim");
        assertThat(rules.findings("Waiting in Task_ReviewRequest of MlaRequestProcess", "en"))
                .containsExactly("model id Task_ReviewRequest", "model id MlaRequestProcess");
        assertThat(rules.findings("decision: must not be null", "en"))
                .containsExactly("Bean Validation default \"must not be null\"");
    }

    @Test
    void findsEnglishOnChinesePagesWhereChineseExists() {
        assertThat(rules.findings("任务 Claim the task now", "zh"))
                .containsExactly("English fallback \"Claim the task now\"");
        assertThat(rules.findings("审查 Review the request", "zh"))
                .containsExactly("English fallback \"Review the request\"");
        assertThat(rules.findings("Claim the task now", "en")).isEmpty();
    }

    @Test
    void leavesNamesReferencesProperNounsAndCodeAlone() {
        assertThat(rules.findings("ZHANG Wei 张伟 EXT-CN-2026-000123 经 INTERPOL Comity cn.officer", "zh"))
                .isEmpty();
        String html = "<p title=\"SUBMITTED\">x</p><code>{\"decision\":\"REQUEST_MORE_INFORMATION\"}</code>";
        assertThat(RawValues.readableText(html)).contains("SUBMITTED").doesNotContain("REQUEST_MORE_INFORMATION");
    }

    /** Column 1 of {@link #MESSAGES} is English, column 2 Chinese. */
    private static Properties bundle(int column) {
        Properties texts = new Properties();
        for (int i = 0; i < MESSAGES.length; i += 3) {
            texts.setProperty(MESSAGES[i], MESSAGES[i + column]);
        }
        return texts;
    }

    private static Properties defaults() {
        Properties defaults = new Properties();
        defaults.setProperty("jakarta.validation.constraints.NotNull.message", "must not be null");
        defaults.setProperty("jakarta.validation.constraints.Max.message", "must be less than or equal to {value}");
        return defaults;
    }
}

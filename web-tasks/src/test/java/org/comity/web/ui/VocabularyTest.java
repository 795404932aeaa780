package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Audit purposes that services record as a kind are shown in words, in both languages; free text as written. */
class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary(
            messages(), null, new TimelineDetails(null, new com.fasterxml.jackson.databind.ObjectMapper(), messages()));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SENTENCE",
                "DEATH_PENALTY",
                "PROSECUTION_LIMIT",
                "TERM",
                "LIFE",
                "DEATH",
                "CONSENTED",
                "SURRENDER",
                "EXTRADITION_FIRST",
                "GRANTED"
            })
    void aKindRecordedAsPurposeIsShownInWords(String kind) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String english = vocabulary.auditPurpose(kind);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        String chinese = vocabulary.auditPurpose(kind);
        assertThat(english).isNotEqualTo(kind).doesNotContain("_");
        assertThat(chinese).isNotEqualTo(kind).isNotEqualTo(english);
    }

    @Test
    void aPurposeWrittenInWordsIsShownAsWritten() {
        assertThat(vocabulary.auditPurpose("Audit of the case after a complaint"))
                .isEqualTo("Audit of the case after a complaint");
        assertThat(vocabulary.auditPurpose(null)).isEmpty();
    }

    @Test
    void tellsWhatAnEngineOperationChangedAndWhichAuditEntryAnEventIsInWordsKeepingTheStoredText() {
        var claim = new org.comity.core.timeline.TimelineEvent(
                java.time.Instant.EPOCH,
                "ENGINE",
                "P",
                "OPERATION:Claim",
                "Task t-1",
                "cn.officer",
                "assignee = cn.officer");
        var release = new org.comity.core.timeline.TimelineEvent(
                java.time.Instant.EPOCH, "ENGINE", "P", "OPERATION:Claim", "Task t-1", "cn.officer", "assignee = null");
        var unknown = new org.comity.core.timeline.TimelineEvent(
                java.time.Instant.EPOCH, "ENGINE", "P", "OPERATION:Update", "Task t-1", "cn.officer", "tenantId = X_Y");
        var entry = new org.comity.core.timeline.TimelineEvent(
                java.time.Instant.EPOCH,
                "AUDIT",
                null,
                "audit:case.read",
                "CASE 1",
                "auditor",
                "entry 42, sha-256 " + "ab".repeat(32));
        var form = new org.comity.core.timeline.TimelineEvent(
                java.time.Instant.EPOCH, "ENGINE", "P", "TASK_COMPLETED", "Task_X", "u", "not json", "SomeForm");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(vocabulary.timelineDetail(claim)).isEqualTo("Assigned to: cn.officer");
        assertThat(vocabulary.timelineDetail(release)).isEqualTo("Assigned to: nobody");
        assertThat(vocabulary.timelineDetail(unknown)).isEqualTo("A value of the task was changed.");
        assertThat(vocabulary.timelineTechnical(unknown)).isEqualTo("tenantId = X_Y");
        assertThat(vocabulary.timelineDetail(entry)).isEqualTo("Audit log entry no. 42");
        assertThat(vocabulary.timelineTechnical(entry)).contains("sha-256 abab");
        assertThat(vocabulary.timelineDetail(form)).as("unreadable values").isEqualTo("No values were entered.");
        assertThat(vocabulary.timelineTechnical(form)).isEqualTo("not json");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(vocabulary.timelineDetail(claim)).isEqualTo("分配给：cn.officer");
        assertThat(vocabulary.timelineDetail(entry)).isEqualTo("审计日志第 42 条");
    }
}

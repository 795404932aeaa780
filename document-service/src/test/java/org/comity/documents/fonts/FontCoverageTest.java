package org.comity.documents.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.comity.core.validation.TextCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderer's coverage as workflow-core's text rule sees it: what a document can print is
 * accepted, what it cannot (no embedded font, so the document job would fail) is named by its
 * first character.
 */
class FontCoverageTest {

    private final TextCoverage coverage = new FontCoverage();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "王小明",
                "WANG Xiaoming",
                "မောင်မောင်",
                "Nguyễn Văn Anh",
                "Ивanov",
                "Ελένη",
                "Facts on\ntwo lines",
                "Müller-Lüdenscheidt O'Brien",
                "２０２６年",
                "ZWNJ\u200Cjoined",
                "Ali محمد عبد الله",
                "สมชาย ใจดี",
                "राजेश कुमार",
                "محمد (أبو علي) 1985"
            })
    void acceptsWhatTheEmbeddedFontsDraw(String text) {
        assertThat(coverage.firstUndrawable(text)).isEmpty();
    }

    @Test
    void namesTheFirstCharacterNoFontCanDraw() {
        assertThat(coverage.firstUndrawable("David דוד")).isEqualTo(OptionalInt.of('ד'));
        assertThat(coverage.firstUndrawable("សុខ")).isEqualTo(OptionalInt.of('ស'));
        assertThat(coverage.firstUndrawable("tab\there")).isEqualTo(OptionalInt.of('\t'));
    }

    @Test
    void isTheCoverageWorkflowCoreFindsOnTheClassPath() {
        assertThat(TextCoverage.installed()).isInstanceOf(FontCoverage.class);
    }
}

package org.comity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextValidatorTest {

    private final VisibleTextValidator validator = new VisibleTextValidator();

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "Zhang Wei", "အောင်ကျော်", "O'Neil-Smith Jr.", "می\u200Cخواهم"})
    void acceptsNamesInAnyScriptIncludingJoiners(String name) {
        assertThat(validator.isValid(name, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhang\u200BWei", "\uFEFFZhang", "Zhang\u202EieW", "Zhang\u2066Wei\u2069",
        "Zhang\u200FWei", "Zhang\u2060Wei", "Zhang\nWei", "e\u0301"})
    void rejectsBidiControlsZeroWidthSpacesBomControlsAndNonNfc(String name) {
        assertThat(validator.isValid(name, null)).isFalse();
    }

}

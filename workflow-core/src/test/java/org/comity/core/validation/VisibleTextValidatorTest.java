package org.comity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextValidatorTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private final VisibleTextValidator validator = new VisibleTextValidator();

    record Line(@VisibleText String text) {}

    record Paragraphs(@VisibleText(multiline = true) String text) {}

    record Short(@VisibleText(max = 5) String text) {}

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "Zhang Wei", "အောင်ကျော်", "O'Neil-Smith Jr.", "می\u200Cخواهم"})
    void acceptsNamesInAnyScriptIncludingJoiners(String name) {
        assertThat(validator.isValid(name, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zhang\u200BWei",
                "\uFEFFZhang",
                "Zhang\u202EieW",
                "Zhang\u2066Wei\u2069",
                "Zhang\u200FWei",
                "Zhang\u2060Wei",
                "Zhang\nWei",
                "e\u0301",
                "Zhang\u0000",
                "\uD800",
                "Zhang\u0007",
                "Zhang\u007F",
                "Zhang\u0085",
                "Zhang\u00AD",
                "Zhang\tWei"
            })
    void rejectsBidiControlsZeroWidthSpacesBomControlsLoneSurrogatesAndNonNfc(String name) {
        assertThat(validator.isValid(name, null)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "lone surrogate | Encoding | must not contain an unpaired surrogate (invalid UTF-16 or UTF-8)",
                "BEL | ControlCharacter | must not contain the control character U+0007",
                "RLO | InvisibleCharacter | must not contain the invisible or direction-changing character U+202E",
                "long | Size | must be at most 200 characters long"
            })
    void namesThePartOfTheRuleAndTheCharacterNeverTheInput(String name, String rule, String message) {
        String text = switch (name) {
            case "lone surrogate" -> "a\uD800b";
            case "BEL" -> "a\u0007b";
            case "RLO" -> "a\u202Eb";
            default -> "x".repeat(201);
        };
        List<FieldError> errors = Violations.toFieldErrors(VALIDATOR.validate(new Line(text)));
        assertThat(errors).containsExactly(new FieldError("text", rule, message));
    }

    @Test
    void allowsLineBreaksOnlyInMultiLineFields() {
        assertThat(VALIDATOR.validate(new Paragraphs("First.\nSecond."))).isEmpty();
        assertThat(VALIDATOR.validate(new Line("First.\nSecond."))).hasSize(1);
        assertThat(VALIDATOR.validate(new Paragraphs("Tab\there"))).hasSize(1);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(VALIDATOR.validate(new Short("𠀀𠀀𠀀𠀀𠀀"))).isEmpty();
        assertThat(VALIDATOR.validate(new Short("𠀀𠀀𠀀𠀀𠀀𠀀"))).hasSize(1);
    }

    @Test
    void normalisesToNfcAndLineFeedsBeforeTheRuleSeesTheText() {
        assertThat(Texts.nfc("e\u0301")).isEqualTo("é");
        assertThat(Texts.nfc("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }
}

package org.comity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void keepsTheTextAsWrittenWithoutATranslationUnlessOneIsSupplied() {
        FreeText written = FreeText.asWritten("在妙瓦底经营诈骗窝点", "zh");

        assertThat(written.supplied()).isEmpty();
        assertThat(written.withTranslation("Ran a fraud call centre in Myawaddy", "en")
                        .supplied())
                .hasValue(new FreeText.Translation("Ran a fraud call centre in Myawaddy", "en"));
    }

    @Test
    void anOptionalTextLeftBlankIsAbsentAndAWrittenTextIsNeverBlank() {
        assertThat(FreeText.optional("  ", "zh")).isNull();
        assertThat(FreeText.optional(null, "zh")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> FreeText.asWritten(" ", "zh"));
    }
}

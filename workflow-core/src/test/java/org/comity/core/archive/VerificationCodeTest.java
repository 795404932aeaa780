package org.comity.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A verification code typed by a holder of the paper is read back into its printed form, or refused. */
class VerificationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"3F2A-91C0-7B5E", "3f2a-91c0-7b5e", "3F2A91C07B5E", " 3F2A 91C0 7B5E ", "3f2a91c0-7b5e"})
    void readsWhatWasTypedIntoThePrintedForm(String typed) {
        assertThat(VerificationCode.parse(typed)).contains("3F2A-91C0-7B5E");
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "''",
                "3F2A-91C0-7B5",
                "3F2A-91C0-7B5E0",
                "3G2A-91C0-7B5E",
                "'3F2A-91C0-7B5E; DROP'",
                "../../etc/passwd",
                "NULL"
            },
            nullValues = "NULL")
    void refusesAnythingElse(String typed) {
        assertThat(VerificationCode.parse(typed)).isEmpty();
    }
}

package org.comity.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature a receiver recomputes: HMAC-SHA256 of {@code <timestamp>.<body>}, hex, one per secret. */
class CallbackSignatureTest {

    @Test
    void isTheHmacOfTimestampDotBodyAsOpensslComputesIt() {
        // printf '%s' '1700000000.{"id":"e1"}' | openssl dgst -sha256 -hmac 'secret'
        assertThat(CallbackSignature.hmac("secret", "1700000000", "{\"id\":\"e1\"}"))
                .isEqualTo("46fc0b60e09563a94dea2fa3b7b63d83458dd87b30fac860dcbabac0df9bdbde");
    }

    @Test
    void changesWithTheTimestampTheBodyAndTheSecret() {
        String signed = CallbackSignature.hmac("s1", "1700000000", "{\"a\":1}");
        assertThat(CallbackSignature.hmac("s1", "1700000001", "{\"a\":1}")).isNotEqualTo(signed);
        assertThat(CallbackSignature.hmac("s1", "1700000000", "{\"a\":2}")).isNotEqualTo(signed);
        assertThat(CallbackSignature.hmac("s2", "1700000000", "{\"a\":1}")).isNotEqualTo(signed);
    }

    @Test
    void listsOneSignaturePerSecretNewestFirst() {
        assertThat(CallbackSignature.header(List.of("new", "old"), "1", "b"))
                .isEqualTo("sha256=" + CallbackSignature.hmac("new", "1", "b") + ",sha256="
                        + CallbackSignature.hmac("old", "1", "b"));
    }

    @Test
    void issuesLongRandomSecrets() {
        assertThat(CallbackSignature.newSecret())
                .hasSize(43)
                .matches("[A-Za-z0-9_-]+")
                .isNotEqualTo(CallbackSignature.newSecret());
    }
}

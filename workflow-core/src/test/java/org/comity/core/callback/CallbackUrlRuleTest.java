package org.comity.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.core.validation.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CallbackUrlRule}: which addresses an agency may register. */
class CallbackUrlRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://receiver.example.cn/comity/events",
                "https://receiver.example.cn:8443/e?agency=cn",
                "https://[2001:db8::1]/events",
                "HTTPS://RECEIVER.EXAMPLE.CN/events"
            })
    void acceptsAnAbsoluteHttpsAddress(String url) {
        assertThat(CallbackUrlRule.check(url, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "http://receiver.example.cn/events, Https",
        "https://user:pw@receiver.example.cn/events, NoCredentials",
        "https://user@receiver.example.cn/events, NoCredentials",
        "https://receiver.example.cn/events#top, NoFragment",
        "https://receiver.example.cn/events#, NoFragment",
        "/events, Url",
        "receiver.example.cn/events, Url",
        "ftp://receiver.example.cn/events, Url",
        "javascript:alert(1), Url",
        "https:///events, Url",
        "https://receiver example.cn/events, Url",
        "' ', NotBlank"
    })
    void refusesNamingTheFieldAndTheRule(String url, String rule) {
        assertThat(CallbackUrlRule.check(url, false))
                .get()
                .isEqualTo(new FieldError(
                        "url", rule, CallbackUrlRule.check(url, false).get().message()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8081/events", "http://127.0.0.1/events"})
    void acceptsPlainHttpOnlyWhereAllowed(String url) {
        assertThat(CallbackUrlRule.check(url, true)).isEmpty();
        assertThat(CallbackUrlRule.check(url, false))
                .get()
                .extracting(FieldError::rule)
                .isEqualTo("Https");
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2001})
    void limitsTheLength(int length) {
        String url = "https://receiver.example.cn/";
        url = url + "x".repeat(length - url.length());
        assertThat(CallbackUrlRule.check(url, false).map(FieldError::rule))
                .isEqualTo(
                        length <= CallbackUrlRule.MAX_LENGTH
                                ? java.util.Optional.empty()
                                : java.util.Optional.of("Size"));
    }
}

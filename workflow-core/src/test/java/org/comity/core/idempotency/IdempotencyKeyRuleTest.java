package org.comity.core.idempotency;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comity.core.validation.MalformedInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IdempotencyKeyRule}: 1 to 200 visible ASCII characters. */
class IdempotencyKeyRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"5f0c6a52-6a0e-4c5e-9d7e-2b1f3f1c9a10", "a", "!~", "key_2026-12-08T00:00:00Z/1"})
    void acceptsVisibleAscii(String key) {
        assertThatCode(() -> IdempotencyKeyRule.check(key)).doesNotThrowAnyException();
        assertThatCode(() -> IdempotencyKeyRule.check("k".repeat(200))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "tab\there", "clé", "鍵", "line\nbreak", "\u007f"})
    void refusesAnythingElseAsAMalformedHeader(String key) {
        assertThatThrownBy(() -> IdempotencyKeyRule.check(key))
                .isInstanceOfSatisfying(
                        MalformedInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(
                                        e.errors().get(0).field())
                                .isEqualTo("Idempotency-Key"));
        assertThatThrownBy(() -> IdempotencyKeyRule.check("k".repeat(201))).isInstanceOf(MalformedInputException.class);
    }
}

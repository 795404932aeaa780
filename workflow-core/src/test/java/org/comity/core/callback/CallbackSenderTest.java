package org.comity.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside the demo a callback never goes to an address inside Comity's own network. */
class CallbackSenderTest {

    private static CallbackSettings settings(boolean allowHttp) {
        return new CallbackSettings(
                allowHttp,
                Duration.ofHours(24),
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                15,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofMinutes(2),
                20);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.0.1",
                "169.254.169.254",
                "0.0.0.0",
                "224.0.0.1",
                "::1",
                "fd00::1",
                "fe80::1"
            })
    void refusesLoopbackPrivateLinkLocalUniqueLocalAndMulticastAddresses(String host) {
        assertThat(CallbackSender.internalAddress(host)).startsWith("address not public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.0.113.7", "2001:db8::1"})
    void acceptsPublicAddresses(String host) {
        assertThat(CallbackSender.internalAddress(host)).isNull();
    }

    @Test
    void anAttemptToAnInternalAddressFailsWithoutConnectingAndSaysWhy() {
        CallbackSender.Answer answer = new CallbackSender(settings(false))
                .send("https://127.0.0.1:1/hook", List.of("secret"), "e1", "{}", Instant.EPOCH);

        assertThat(answer.delivered()).isFalse();
        assertThat(answer.error()).isEqualTo("address not public: 127.0.0.1 resolves to 127.0.0.1");
    }

    @Test
    void theDemoMayCallAReceiverOnTheSameMachine() {
        CallbackSender.Answer answer = new CallbackSender(settings(true))
                .send("http://127.0.0.1:1/hook", List.of("secret"), "e1", "{}", Instant.EPOCH);

        assertThat(answer.error()).doesNotStartWith("address not public");
    }
}

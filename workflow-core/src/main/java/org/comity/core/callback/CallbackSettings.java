package org.comity.core.callback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callbacks are delivered ({@code comity.callbacks.*}).
 *
 * @param allowHttp whether a plain {@code http} address may be registered; only the demo profile and
 *     tests allow it, everywhere else a receiver is reached over HTTPS
 * @param secretGrace how long a rotated-out secret keeps signing beside the new one
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts attempts before an event is given up
 * @param connectTimeout how long to wait for the receiver's connection
 * @param readTimeout how long to wait for the receiver's whole answer once the request is sent
 * @param lease how long a node holds a claimed event; longer than one attempt can take, so that an event
 *     whose node died is retried by another node after it
 * @param batch events one poll claims at most
 */
@ConfigurationProperties("comity.callbacks")
public record CallbackSettings(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("PT24H") Duration secretGrace,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetryDelay,
        @DefaultValue("15") int maxAttempts,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("20") int batch) {

    /** The wait after the {@code attempt}-th failed attempt (1-based): doubling from the first, capped. */
    public Duration retryDelay(int attempt) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}

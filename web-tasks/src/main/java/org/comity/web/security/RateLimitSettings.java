package org.comity.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests an agency and a person may make per window, on each node (issue 17).
 *
 * @param enabled whether the API counts requests at all
 * @param window the length of one counting window (fixed windows, aligned to the epoch)
 * @param agencyRequests requests per window and agency (every token of the agency counts together)
 * @param userRequests requests per window and signed-in person
 */
@ConfigurationProperties("comity.rate-limit")
record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration window,
        @DefaultValue("1200") int agencyRequests,
        @DefaultValue("1200") int userRequests) {}

package org.comity.web.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.time.Clock;
import java.time.Instant;
import org.comity.core.engine.EngineClock;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans that workflow-core needs and only the bootable module can configure. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    JurisdictionRegistry jurisdictionRegistry(ComityProperties properties) {
        return new JurisdictionRegistry(properties.jurisdictions().stream()
                .map(ComityProperties.JurisdictionSetting::toJurisdiction)
                .toList());
    }

    /**
     * The application's clock (sessions, audit times, "today" through {@code JurisdictionClock}),
     * on one timeline with the engine's clock. With {@code comity.clock.start-at} (an ISO-8601 instant;
     * the build's integration tests set it, see the README) both start at that instant and advance.
     */
    @Bean
    Clock clock(@Value("${comity.clock.start-at:}") String startAt) {
        if (!startAt.isBlank()) {
            EngineClock.startAt(Instant.parse(startAt.strip()));
        }
        return EngineClock.applicationClock();
    }

    /**
     * Limits on what a JSON body may contain, tighter than Jackson's defaults, so that a hostile
     * payload (deep nesting, huge numbers or strings) is refused while parsing instead of using
     * memory and CPU (reliability-and-security.md §4, "Size").
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer streamLimits(ComityProperties properties) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(50)
                .maxNumberLength(100)
                .maxStringLength(1_000_000)
                .maxNameLength(1_000)
                .maxDocumentLength(properties.api().maxBodyBytes())
                .build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }

    /** Strict JSON reading for every body: no coercions, ISO dates only, NFC text (see {@link StrictJson}). */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.postConfigurer(StrictJson::configure);
    }
}

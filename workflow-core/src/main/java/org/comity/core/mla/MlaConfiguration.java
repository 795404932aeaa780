package org.comity.core.mla;

import jakarta.validation.ValidatorFactory;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.rules.MlaRequestValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MLA legal bases and the request validator as beans for intake, forms and processes. */
@Configuration(proxyBeanMethods = false)
class MlaConfiguration {

    @Bean
    MlaLegalBases mlaLegalBases() {
        return MlaLegalBases.standard();
    }

    @Bean
    MlaRequestValidator mlaRequestValidator(
            ValidatorFactory validatorFactory, MlaLegalBases legalBases, JurisdictionClock clock) {
        return new MlaRequestValidator(validatorFactory, legalBases, clock);
    }
}

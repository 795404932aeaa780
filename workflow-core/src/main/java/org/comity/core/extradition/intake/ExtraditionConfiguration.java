package org.comity.core.extradition.intake;

import jakarta.validation.ValidatorFactory;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.rules.ExtraditionRequestValidator;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal-basis registry and the request validator as beans for intake and the processes. */
@Configuration(proxyBeanMethods = false)
class ExtraditionConfiguration {

    @Bean
    LegalBasisRegistry legalBasisRegistry() {
        return LegalBasisRegistry.standard();
    }

    @Bean
    ExtraditionRequestValidator extraditionRequestValidator(
            ValidatorFactory validatorFactory, LegalBasisRegistry legalBases, JurisdictionClock clock) {
        return new ExtraditionRequestValidator(validatorFactory, legalBases, clock);
    }
}

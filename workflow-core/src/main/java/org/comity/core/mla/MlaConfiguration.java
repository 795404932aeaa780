package org.comity.core.mla;

import jakarta.validation.ValidatorFactory;
import org.comity.core.intake.FourEyesOnRequestReview;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.form.MlaReviewRequestForm;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.rules.MlaRequestValidator;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.task.TaskCompletionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MLA legal bases, the request validator and the four-eyes rule of the review as beans for
 * intake, forms, task completion and processes.
 */
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

    /** Four-eyes on the review of an MLA request (DESIGN §4.3). */
    @Bean
    TaskCompletionRule<MlaReviewRequestForm> fourEyesOnMlaReview(MlaRecords records, CaseSubmissions submissions) {
        return new FourEyesOnRequestReview<>(
                MlaReviewRequestForm.class, records, Requesting.CORRECT_REQUEST, submissions);
    }
}

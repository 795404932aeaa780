package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.TODAY;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestFromMyanmarForAWitnessStatement;
import static org.comity.core.mla.request.MlaRequests.aRequestToServeASummonsOnly;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.comity.core.jurisdiction.TestJurisdictions;
import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.mla.request.PersonRole;
import org.comity.core.person.Sex;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MlaRequestValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final ZoneId YANGON = ZoneId.of("Asia/Yangon");
    private static final Clock ON_SUBMISSION_DAY =
            Clock.fixed(TODAY.atTime(12, 0).atZone(YANGON).toInstant(), YANGON);

    private final MlaRequestValidator validator =
            new MlaRequestValidator(FACTORY, MlaLegalBases.standard(), TestJurisdictions.on(ON_SUBMISSION_DAY));

    @AfterAll
    static void closeFactory() {
        FACTORY.close();
    }

    @Test
    void fixturesAreValidWithoutWarnings() {
        ValidationReport clean = new ValidationReport(List.of(), List.of());
        assertThat(validator.validate(aRequestFromChinaForBankAndTelecomRecords(), Locale.ENGLISH))
                .isEqualTo(clean);
        assertThat(validator.validate(aRequestFromMyanmarForAWitnessStatement(), Locale.ENGLISH))
                .isEqualTo(clean);
        assertThat(validator.validate(aRequestToServeASummonsOnly(), Locale.ENGLISH))
                .isEqualTo(clean);
    }

    @Test
    void reportsFieldConstraintsAndRulesTogetherWithTheirFieldPaths() {
        PersonConcerned unborn = new PersonConcerned(
                null, "李娜", Sex.FEMALE, TODAY.plusDays(1), List.of("china"), List.of(), PersonRole.WITNESS, null);
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .requestedState("MM")
                .assistanceTypes(AssistanceType.SEARCH_AND_SEIZURE)
                .factsSummary(null)
                .personsConcerned(unborn)
                .deadline(LocalDate.of(2026, 1, 1), "Trial")
                .build();

        ValidationReport report = validator.validate(request, Locale.ENGLISH);

        assertThat(report.errors())
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("deadline", "DeadlineInTheFuture"),
                        org.assertj.core.groups.Tuple.tuple("factsSummary", "FactsSummaryUnlessOnlyServiceOfDocuments"),
                        org.assertj.core.groups.Tuple.tuple("personsConcerned[0].dateOfBirth", "Past"),
                        org.assertj.core.groups.Tuple.tuple("personsConcerned[0].nameInLatinScript", "Pattern"),
                        org.assertj.core.groups.Tuple.tuple("personsConcerned[0].nationalities[0]", "Pattern"),
                        org.assertj.core.groups.Tuple.tuple("requestedState", "RequestingAndRequestedStatesDiffer"));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void speaksChineseToAChineseOfficer() {
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .translations()
                .build();

        assertThat(validator.validate(request, Locale.SIMPLIFIED_CHINESE).errors())
                .extracting(FieldError::message)
                .containsExactly("向中国提出的请求须使用中文或附中文译本（《国际刑事司法协助法》第十三条）");
    }
}

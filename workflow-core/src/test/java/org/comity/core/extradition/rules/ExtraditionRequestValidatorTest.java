package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.REQUEST_DATE;
import static org.comity.core.extradition.request.ExtraditionRequests.aChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aTelecomFraud;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.Person;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.jurisdiction.TestJurisdictions;
import org.comity.core.law.Penalty;
import org.comity.core.person.IdentityDocument;
import org.comity.core.person.IdentityDocumentType;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ExtraditionRequestValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Clock ON_REQUEST_DATE = Clock.fixed(
            REQUEST_DATE.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    private final ExtraditionRequestValidator validator = new ExtraditionRequestValidator(
            FACTORY, LegalBasisRegistry.standard(), TestJurisdictions.on(ON_REQUEST_DATE));

    @AfterAll
    static void closeFactory() {
        FACTORY.close();
    }

    @Test
    void fixturesAreValidWithoutWarnings() {
        assertThat(validator.validate(aRequestFromMyanmarForAChineseNational(), Locale.ENGLISH))
                .isEqualTo(new ValidationReport(List.of(), List.of()));
        assertThat(validator.validate(aRequestFromChinaForAMyanmarNationalToServeASentence(), Locale.ENGLISH))
                .isEqualTo(new ValidationReport(List.of(), List.of()));
    }

    @Test
    void reportsFieldConstraintsAndRulesTogetherWithTheirFieldPaths() {
        Offence reversed = new Offence(
                "Fraud",
                "Penal Code s. 420",
                null,
                LocalDate.of(2025, 7, 2),
                LocalDate.of(2025, 7, 1),
                "",
                Penalty.months(0));
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .requestedState("MM")
                .warrant(null)
                .offences(aTelecomFraud(), reversed)
                .build();

        assertThat(validator.errors(request, Locale.ENGLISH))
                .extracting(FieldError::field)
                .containsExactly(
                        "legalBasisId",
                        "offences[1].dateTo",
                        "offences[1].maximumPenalty.months",
                        "offences[1].place",
                        "requestedState",
                        "warrant");
    }

    @Test
    void reportsMessagesInSimplifiedChinese() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .requestingState("CN")
                .build();

        assertThat(validator.errors(request, Locale.SIMPLIFIED_CHINESE))
                .contains(new FieldError("requestedState", "RequestingAndRequestedStatesDiffer", "被请求国不得与请求国相同"));
    }

    @Test
    void fieldConstraintMessagesAreLocalisedToo() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .requestingState("Myanmar")
                .build();

        assertThat(validator.errors(request, Locale.CHINESE))
                .containsExactly(new FieldError("requestingState", "Pattern", "必须是 ISO 3166-1 二位字母代码，例如 CN 或 MM"));
        assertThat(validator.errors(request, Locale.ENGLISH))
                .containsExactly(new FieldError(
                        "requestingState", "Pattern", "must be an ISO 3166-1 alpha-2 code such as CN or MM"));
    }

    @Test
    void ruleMessagesFillInTheirArguments() {
        var request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .requestDate(LocalDate.of(2025, 12, 31))
                .build();

        assertThat(validator.errors(request, Locale.ENGLISH))
                .containsExactly(new FieldError(
                        "legalBasisId",
                        "LegalBasisKnownInForceAndBinding",
                        "this legal basis is in force only from 2026-01-01"));
    }

    @Test
    void rejectsHiddenCharactersInNamesAndNonAsciiDocumentNumbers() {
        Person p = aChineseNational();
        Person spoofed = new Person(
                "张\u200B伟",
                "Zhang\u202EWei",
                List.of("\uFEFFZhang"),
                p.sex(),
                p.dateOfBirth(),
                p.nationalities(),
                List.of(new IdentityDocument(IdentityDocumentType.PASSPORT, "ＥＡ１２３", "CN", null)));
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .person(spoofed)
                .build();

        assertThat(validator.errors(request, Locale.ENGLISH))
                .extracting(FieldError::field)
                .containsExactly(
                        "person.aliases[0]",
                        "person.identityDocuments[0].number",
                        "person.nameInLatinScript",
                        "person.nameInLatinScript",
                        "person.nameInOriginalScript");
    }

    @Test
    void sixMonthsLeftAtTheRequestDateStaysValidWhenExaminedTwoMonthsLater() {
        Clock twoMonthsLater = Clock.offset(ON_REQUEST_DATE, java.time.Duration.ofDays(61));
        var examiner = new ExtraditionRequestValidator(
                FACTORY, LegalBasisRegistry.standard(), TestJurisdictions.on(twoMonthsLater));
        Judgment judgment =
                aRequestFromChinaForAMyanmarNationalToServeASentence().judgment();
        var request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .judgment(new Judgment(
                        judgment.court(), judgment.date(), true, false, judgment.sentenceImposed(), Period.ofMonths(6)))
                .build();

        assertThat(examiner.errors(request, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void reportsWarningsSeparatelyFromErrors() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .judgment(aRequestFromChinaForAMyanmarNationalToServeASentence().judgment())
                .build();

        ValidationReport report = validator.validate(request, Locale.ENGLISH);

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).extracting(FieldError::field).containsExactly("judgment");
    }
}

package org.comity.core.mla.rules;

import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.RequestValidation;
import org.comity.core.validation.ValidationReport;

/**
 * Validates an MLA request completely, all at once: every field constraint of the request records
 * and every named rule below, each violation naming its field path and a message in the caller's
 * language. Errors make the request invalid (HTTP 422, nothing stored); warnings are kept for the
 * supervisor who reviews the request. Like the UNODC MLA Request Writer, it tells the drafter of
 * every missing essential item before the request goes anywhere (legal-domain.md §4.5).
 */
public class MlaRequestValidator {

    static final List<MlaRequestRule> RULES = List.of(
            new RequestingAndRequestedStatesDiffer(),
            new LegalBasisKnownAndBinding(),
            new ReciprocityUndertakingWithoutTreaty(),
            new AssistanceTypesGivenOnce(),
            new FactsSummaryUnlessOnlyServiceOfDocuments(),
            new MaximumPenaltyWellFormed(),
            new OffencePunishableByOneYearForMyanmar(),
            new DeadlineInTheFuture(),
            new SummonsServedOnAPersonConcerned(),
            new SummonsAtLeastThreeMonthsBeforeHearing(),
            new SummonsOfOwnNationalAsDefendantInChina(),
            new ChineseTranslationForRequestsToChina(),
            new RelevanceStatedForRequestsToChina(),
            new ConfidentialityWithReasons(),
            new NoEvidenceGatheringByForeignOfficialsInChina());

    private final RequestValidation<MlaRequest, MlaRuleContext> validation;
    private final MlaLegalBases legalBases;
    private final JurisdictionClock clock;

    public MlaRequestValidator(ValidatorFactory validatorFactory, MlaLegalBases legalBases, JurisdictionClock clock) {
        this.validation = new RequestValidation<>(validatorFactory, RULES);
        this.legalBases = legalBases;
        this.clock = clock;
    }

    /**
     * All errors and warnings of {@code request}, with messages in {@code locale}. Dates are the
     * requesting state's act, so "today" is the requesting state's calendar date.
     */
    public ValidationReport validate(MlaRequest request, Locale locale) {
        Clock inRequestingState = clock.clockOf(request.requestingState());
        return validation.validate(
                request, new MlaRuleContext(legalBases, LocalDate.now(inRequestingState)), locale, inRequestingState);
    }
}

package org.comity.core.extradition.rules;

import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.RequestValidation;
import org.comity.core.validation.ValidationReport;

/**
 * Validates an extradition request completely: every field constraint and every named legal rule,
 * all at once, each violation naming its field path ({@code offences[1].dateTo}) and a message in
 * the caller's language ({@link RequestValidation}). Errors map to HTTP 422
 * {@code errors: [{field, message}]}; warnings are recorded for the reviewing officer.
 */
public class ExtraditionRequestValidator {

    static final List<ExtraditionRequestRule> RULES = List.of(
            new RequestingAndRequestedStatesDiffer(),
            new LegalBasisKnownInForceAndBinding(),
            new FormalRequestThroughDiplomaticOrDesignatedChannel(),
            new WarrantForProsecutionOnly(),
            new FinalJudgmentWithSentenceLeftForEnforcement(),
            new RetrialUndertakingForJudgmentInAbsentia(),
            new ReciprocityUndertakingWithoutTreaty(),
            new SpecialityUndertakingsGiven(),
            new DeathPenaltyAssuranceAdvised(),
            new OffenceChronology(),
            new ContinuingOffenceAfterWarrant(),
            new DateOfBirthInThePast(),
            new PenaltyIsPositiveTermOrLifeOrDeath(),
            new StatelessOrUnknownNationalityStandsAlone());

    private final RequestValidation<ExtraditionRequest, RuleContext> validation;
    private final LegalBasisRegistry legalBases;
    private final JurisdictionClock clock;

    public ExtraditionRequestValidator(
            ValidatorFactory validatorFactory, LegalBasisRegistry legalBases, JurisdictionClock clock) {
        this.validation = new RequestValidation<>(validatorFactory, RULES);
        this.legalBases = legalBases;
        this.clock = clock;
    }

    /**
     * All errors and warnings of {@code request}, with messages in {@code locale}. Dates are the
     * requesting state's act, so "today" is the requesting state's calendar date.
     */
    public ValidationReport validate(ExtraditionRequest request, Locale locale) {
        Clock inRequestingState = clock.clockOf(request.requestingState());
        return validation.validate(
                request, new RuleContext(legalBases, LocalDate.now(inRequestingState)), locale, inRequestingState);
    }

    /** Only the errors, for an HTTP 422 response; empty if the request is valid. */
    public List<FieldError> errors(ExtraditionRequest request, Locale locale) {
        return validate(request, locale).errors();
    }
}

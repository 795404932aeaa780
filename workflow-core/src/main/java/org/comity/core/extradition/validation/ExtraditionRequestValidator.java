package org.comity.core.extradition.validation;

import org.comity.core.validation.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.comity.core.extradition.legalbasis.LegalBasisRegistry;
import org.comity.core.extradition.request.ExtraditionRequest;

/**
 * Validates an extradition request completely: every field constraint and every named legal rule,
 * all at once, each violation naming its field path ({@code offences[1].dateTo}) and a message in
 * the caller's language. Errors map to HTTP 422 {@code errors: [{field, message}]}; warnings are
 * recorded for the reviewing officer.
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

    private static final Comparator<FieldError> BY_FIELD =
            Comparator.comparing(FieldError::field).thenComparing(FieldError::rule).thenComparing(FieldError::message);

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[a-z ]+>");

    private final ValidatorFactory validatorFactory;
    private final LegalBasisRegistry legalBases;
    private final Clock clock;

    public ExtraditionRequestValidator(ValidatorFactory validatorFactory, LegalBasisRegistry legalBases, Clock clock) {
        this.validatorFactory = validatorFactory;
        this.legalBases = legalBases;
        this.clock = clock;
    }

    /** All errors and warnings of {@code request}, with messages in {@code locale}. */
    public ValidationReport validate(ExtraditionRequest request, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        for (ConstraintViolation<ExtraditionRequest> violation : validator(locale).validate(request)) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new FieldError(fieldPath(violation), constraint, violation.getMessage()));
        }
        RuleContext context = new RuleContext(legalBases, LocalDate.now(clock));
        for (ExtraditionRequestRule rule : RULES) {
            for (Violation violation : rule.check(request, context)) {
                FieldError error = new FieldError(violation.field(), rule.getClass().getSimpleName(),
                        Messages.of(violation, locale));
                (violation.severity() == Severity.ERROR ? errors : warnings).add(error);
            }
        }
        errors.sort(BY_FIELD);
        warnings.sort(BY_FIELD);
        return new ValidationReport(errors, warnings);
    }

    /** Only the errors, for an HTTP 422 response; empty if the request is valid. */
    public List<FieldError> errors(ExtraditionRequest request, Locale locale) {
        return validate(request, locale).errors();
    }

    /** The property path without Hibernate's container-element nodes: {@code person.aliases[0]}. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        return CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll("");
    }

    private Validator validator(Locale locale) {
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        return validatorFactory.usingContext()
                .messageInterpolator(new FixedLocaleInterpolator(interpolator, locale))
                .clockProvider(() -> clock)
                .getValidator();
    }

    private record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale)
            implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale requested) {
            return delegate.interpolate(template, context, requested);
        }

    }

}

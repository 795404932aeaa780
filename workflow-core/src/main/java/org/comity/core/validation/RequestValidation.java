package org.comity.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates a request completely: every Bean Validation constraint of its record and every named
 * rule, all at once, each violation naming its field path ({@code offences[1].dateTo}) and a message
 * in the caller's language. Errors map to HTTP 422 {@code errors: [{field, rule, message}]}; warnings
 * are recorded for the reviewing officer. A constraint's rule code is the annotation's name, a named
 * rule's is its class name.
 *
 * @param <R> the request record
 * @param <C> what the rules may consult besides the request
 */
public final class RequestValidation<R, C> {

    private static final Comparator<FieldError> BY_FIELD = Comparator.comparing(FieldError::field)
            .thenComparing(FieldError::rule)
            .thenComparing(FieldError::message);

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[a-z ]+>");

    private final ValidatorFactory validatorFactory;
    private final List<? extends RequestRule<R, C>> rules;

    public RequestValidation(ValidatorFactory validatorFactory, List<? extends RequestRule<R, C>> rules) {
        this.validatorFactory = validatorFactory;
        this.rules = List.copyOf(rules);
    }

    /**
     * All errors and warnings of {@code request}, with messages in {@code locale}. {@code clock} is
     * read in the zone of the state whose act the request is, so that {@code @PastOrPresent} and
     * {@code @Future} compare with that state's calendar date (see {@code JurisdictionClock}).
     */
    public ValidationReport validate(R request, C context, Locale locale, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        for (ConstraintViolation<R> violation : validator(locale, clock).validate(request)) {
            errors.add(new FieldError(fieldPath(violation), Violations.ruleOf(violation), violation.getMessage()));
        }
        for (RequestRule<R, C> rule : rules) {
            for (Violation violation : rule.check(request, context)) {
                FieldError error = new FieldError(
                        violation.field(), rule.getClass().getSimpleName(), RuleMessages.of(violation, locale));
                (violation.severity() == Severity.ERROR ? errors : warnings).add(error);
            }
        }
        errors.sort(BY_FIELD);
        warnings.sort(BY_FIELD);
        return new ValidationReport(errors, warnings);
    }

    /** The property path without Hibernate's container-element nodes: {@code person.aliases[0]}. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        return CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll("");
    }

    private Validator validator(Locale locale, Clock clock) {
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        return validatorFactory
                .usingContext()
                .messageInterpolator(new FixedLocaleInterpolator(interpolator, locale))
                .clockProvider(() -> clock)
                .getValidator();
    }

    private record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

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

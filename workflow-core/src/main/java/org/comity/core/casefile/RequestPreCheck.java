package org.comity.core.casefile;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;

/**
 * The pre-check of a case's request, the requesting side's first service task (DESIGN §4.1 step 1,
 * §4.3): it runs the request validator again and records the warnings for the supervisor who reviews
 * the request. Errors cannot occur here: intake refuses an invalid request before the process starts.
 * Each process has its own subclass, named as its model calls it, that says where its requests are
 * stored and which validator checks them.
 *
 * @param <R> the request record
 */
public abstract class RequestPreCheck<R> implements JavaDelegate {

    private final String requestIdVariable;
    private final Function<UUID, R> requests;
    private final BiFunction<R, Locale, ValidationReport> validator;
    private final BiConsumer<UUID, List<FieldError>> warnings;

    /**
     * @param requestIdVariable the process variable holding the request's id
     * @param requests the stored request of an id
     * @param validator the request's validator
     * @param warnings where the warnings of a request are recorded
     */
    protected RequestPreCheck(
            String requestIdVariable,
            Function<UUID, R> requests,
            BiFunction<R, Locale, ValidationReport> validator,
            BiConsumer<UUID, List<FieldError>> warnings) {
        this.requestIdVariable = requestIdVariable;
        this.requests = requests;
        this.validator = validator;
        this.warnings = warnings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = UUID.fromString((String) execution.getVariable(requestIdVariable));
        warnings.accept(
                requestId,
                validator.apply(requests.apply(requestId), Locale.ENGLISH).warnings());
    }
}

package org.comity.core.extradition.process;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.REQUEST_ID;

import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.validation.ExtraditionRequestValidator;
import org.springframework.stereotype.Component;

/**
 * Pre-check of the requesting side (DESIGN §4.1 step 1): runs the request validator again and
 * records its warnings (e.g. a death-penalty assurance advised) for the reviewing supervisor.
 * Errors cannot occur here: intake refuses an invalid request before the process starts.
 */
@Component("extraditionPreCheck")
class ExtraditionPreCheck implements JavaDelegate {

    private final ExtraditionRecords records;
    private final ExtraditionRequestValidator validator;

    ExtraditionPreCheck(ExtraditionRecords records, ExtraditionRequestValidator validator) {
        this.records = records;
        this.validator = validator;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = UUID.fromString((String) execution.getVariable(REQUEST_ID));
        records.storeWarnings(requestId, validator.validate(records.request(requestId), Locale.ENGLISH).warnings());
    }
}

package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.REQUEST_ID;

import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.mla.intake.MlaRecords;
import org.comity.core.mla.validation.MlaRequestValidator;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PreCheck}: runs the request validator again and records its warnings (a
 * deadline without reasons, a summons less than three months ahead, Myanmar's one-year threshold)
 * for the supervisor who reviews the request. Errors cannot occur here: intake refuses an invalid
 * request before the process starts.
 */
@Component("mlaPreCheck")
class MlaPreCheck implements JavaDelegate {

    private final MlaRecords records;
    private final MlaRequestValidator validator;

    MlaPreCheck(MlaRecords records, MlaRequestValidator validator) {
        this.records = records;
        this.validator = validator;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = UUID.fromString((String) execution.getVariable(REQUEST_ID));
        records.storeWarnings(requestId, validator.validate(records.request(requestId), Locale.ENGLISH).warnings());
    }
}

package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.REQUEST_ID;

import org.comity.core.casefile.RequestPreCheck;
import org.comity.core.mla.intake.MlaRecords;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.validation.MlaRequestValidator;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PreCheck}: runs the request validator again and records its warnings (a
 * deadline without reasons, a summons less than three months ahead, Myanmar's one-year threshold)
 * for the supervisor who reviews the request. Errors cannot occur here: intake refuses an invalid
 * request before the process starts.
 */
@Component("mlaPreCheck")
class MlaPreCheck extends RequestPreCheck<MlaRequest> {

    MlaPreCheck(MlaRecords records, MlaRequestValidator validator) {
        super(REQUEST_ID, records::request, validator::validate, records::storeWarnings);
    }
}

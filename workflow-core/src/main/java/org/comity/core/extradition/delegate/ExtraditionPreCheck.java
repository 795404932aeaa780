package org.comity.core.extradition.delegate;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.REQUEST_ID;

import org.comity.core.casefile.RequestPreCheck;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.rules.ExtraditionRequestValidator;

/**
 * Pre-check of the requesting side (DESIGN §4.1 step 1): runs the request validator again and
 * records its warnings (e.g. a death-penalty assurance advised) for the reviewing supervisor.
 * Errors cannot occur here: intake refuses an invalid request before the process starts.
 */
class ExtraditionPreCheck extends RequestPreCheck<ExtraditionRequest> {

    ExtraditionPreCheck(ExtraditionRecords records, ExtraditionRequestValidator validator) {
        super(REQUEST_ID, records::request, validator::validate, records::storeWarnings);
    }
}

package org.comity.core.repatriation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.person.NameText;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.validation.FieldError;

/**
 * The rules of an operation across its fields: both states are served by this deployment and
 * differ; the end date is not before the start date; regions and call-centre names are unique;
 * every call centre lies in one of the operation's regions.
 */
public final class OperationRules {

    private OperationRules() {}

    public static void check(OperationInput op, JurisdictionRegistry jurisdictions, List<FieldError> errors) {
        if (op.holdingState() != null && !jurisdictions.contains(op.holdingState())) {
            errors.add(new FieldError("holdingState", "Jurisdiction", "is not a state served by Comity"));
        }
        if (op.receivingState() != null && !jurisdictions.contains(op.receivingState())) {
            errors.add(new FieldError("receivingState", "Jurisdiction", "is not a state served by Comity"));
        }
        if (op.holdingState() != null && op.holdingState().equals(op.receivingState())) {
            errors.add(new FieldError("receivingState", "DifferentStates", "must differ from the holding state"));
        }
        if (op.startDate() != null && op.endDate() != null && op.endDate().isBefore(op.startDate())) {
            errors.add(new FieldError("endDate", "AfterStart", "must not be before the start date"));
        }
        Set<String> regions = new HashSet<>();
        for (int i = 0; op.regions() != null && i < op.regions().size(); i++) {
            String region = op.regions().get(i);
            if (region != null && !regions.add(NameText.normalise(region))) {
                errors.add(new FieldError("regions[" + i + "]", "Unique", "is listed twice"));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; op.callCentres() != null && i < op.callCentres().size(); i++) {
            OperationInput.CallCentreInput c = op.callCentres().get(i);
            if (c == null || c.name() == null || c.region() == null) {
                continue;
            }
            if (!names.add(NameText.normalise(c.name()))) {
                errors.add(new FieldError("callCentres[" + i + "].name", "Unique", "is listed twice"));
            }
            if (!regions.contains(NameText.normalise(c.region()))) {
                errors.add(new FieldError(
                        "callCentres[" + i + "].region",
                        "RegionOfOperation",
                        "must be one of the operation's regions"));
            }
        }
    }
}

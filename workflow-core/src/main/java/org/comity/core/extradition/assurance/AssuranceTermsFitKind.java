package org.comity.core.extradition.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comity.core.extradition.request.AssuranceKind;
import org.comity.core.extradition.request.AssuranceRequest;
import org.comity.core.validation.FieldError;

/**
 * An assurance's terms fit its kind, so that the binding rules can apply it: a sentencing assurance
 * names a positive maximum term, a limit on prosecution names offences of the request (the
 * assurance is given for this extradition, S10 Art. 50), a death-penalty assurance needs neither;
 * and it was not given in the future ({@code reference/legal-domain.md} §2.4 step 4, §9 item 13).
 */
final class AssuranceTermsFitKind {

    static final String RULE = "AssuranceTermsFitKind";

    private AssuranceTermsFitKind() {}

    /**
     * @param offenceCount the number of offences of the request
     * @param today the current date in the requesting state's zone
     */
    static List<FieldError> check(AssuranceRequest request, int offenceCount, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<Integer> offences = request.offenceIndexes() == null ? List.of() : request.offenceIndexes();
        if (request.givenOn() != null && request.givenOn().isAfter(today)) {
            errors.add(new FieldError("givenOn", "PastOrPresent", "must not be after today, " + today));
        }
        if (request.kind() == AssuranceKind.SENTENCE) {
            if (request.maxTermMonths() == null) {
                errors.add(new FieldError("maxTermMonths", "NotNull", "must be given for a SENTENCE assurance"));
            } else if (request.maxTermMonths() <= 0) {
                errors.add(new FieldError("maxTermMonths", "Positive", "must be a term of at least one month"));
            }
        } else if (request.maxTermMonths() != null) {
            errors.add(new FieldError("maxTermMonths", RULE, "applies to a SENTENCE assurance only"));
        }
        if (request.kind() == AssuranceKind.PROSECUTION_LIMIT) {
            if (offences.isEmpty()) {
                errors.add(new FieldError(
                        "offenceIndexes",
                        "NotEmpty",
                        "must name the offences of the request the prosecution is limited to"));
            }
            offencesOfTheRequest(offences, offenceCount, errors);
        } else if (!offences.isEmpty()) {
            errors.add(new FieldError("offenceIndexes", RULE, "apply to a PROSECUTION_LIMIT assurance only"));
        }
        return errors;
    }

    private static void offencesOfTheRequest(List<Integer> offences, int offenceCount, List<FieldError> errors) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < offences.size(); i++) {
            Integer index = offences.get(i);
            if (index == null) {
                continue;
            }
            if (index < 0 || index >= offenceCount) {
                errors.add(new FieldError(
                        "offenceIndexes[" + i + "]",
                        "OffenceOfTheRequest",
                        "must be the index of an offence of the request, 0 to " + (offenceCount - 1)));
            } else if (!seen.add(index)) {
                errors.add(new FieldError("offenceIndexes[" + i + "]", "Unique", "names offence " + index + " twice"));
            }
        }
    }
}

package org.comity.core.extradition.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.decision.SameOffence;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.AssuranceKind;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.ProceedingKind;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.extradition.speciality.ProceedingBar;
import org.comity.core.validation.FieldError;
import org.springframework.stereotype.Component;

/**
 * After a {@link AssuranceKind#PROSECUTION_LIMIT} assurance the person may be prosecuted only for
 * the offences it names: the SPP decided the limit and the procuratorates are bound (S10 Art. 50;
 * {@code reference/legal-domain.md} §2.4 step 4, §9 item 13). Unlike speciality, the limit does not
 * end when the person stays after discharge, and the requested state's consent to another offence
 * does not lift it, so it bars a later prosecution whatever its basis. It limits prosecution only:
 * enforcing an existing sentence or re-extraditing is for speciality alone.
 */
@Component
class ProsecutionWithinAssurance implements ProceedingBar {

    static final String RULE = "ProsecutionWithinAssurance";

    private final AssuranceRecords records;
    private final ExtraditionRecords requests;

    ProsecutionWithinAssurance(AssuranceRecords records, ExtraditionRecords requests) {
        this.records = records;
        this.requests = requests;
    }

    @Override
    public void check(UUID caseId, ProceedingRequest request, List<FieldError> errors) {
        if (request.proceeding() != ProceedingKind.PROSECUTION) {
            return;
        }
        List<Assurance> assurances = records.assurances(caseId);
        if (assurances.stream().anyMatch(a -> a.kind() == AssuranceKind.PROSECUTION_LIMIT)) {
            List<Offence> offences = requests.requestOfCase(caseId)
                    .map(ExtraditionRequest::offences)
                    .orElse(List.of());
            errors.addAll(check(assurances, offences, request.offence()));
        }
    }

    /** One error per prosecution limit whose named offences do not include {@code later}. */
    static List<FieldError> check(
            List<Assurance> assurances, List<Offence> requestOffences, ProceedingRequest.LaterOffence later) {
        List<FieldError> errors = new ArrayList<>();
        for (Assurance limit : assurances) {
            if (limit.kind() != AssuranceKind.PROSECUTION_LIMIT) {
                continue;
            }
            boolean named = limit.offenceIndexes().stream()
                    .filter(i -> i < requestOffences.size())
                    .map(requestOffences::get)
                    .anyMatch(o -> SameOffence.of(
                            o.provisionInRequestingLaw(),
                            o.dateFrom(),
                            o.dateTo(),
                            later.provisionInRequestingLaw(),
                            later.dateFrom(),
                            later.dateTo()));
            if (!named) {
                errors.add(new FieldError(
                        "offence",
                        RULE,
                        "is outside the PROSECUTION_LIMIT assurance given on "
                                + limit.givenOn() + ", decided by " + limit.decidingAuthority()
                                + ": prosecution is limited to offences " + limit.offenceIndexes()
                                + " of the request"));
            }
        }
        return errors;
    }
}

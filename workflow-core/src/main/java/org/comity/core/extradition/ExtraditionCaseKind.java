package org.comity.core.extradition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.core.access.AccessPolicy;
import org.comity.core.access.CaseParties;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.casefile.CaseDetails;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseKind;
import org.comity.core.casefile.CaseParty;
import org.comity.core.casefile.CaseStagesShown;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Extradition cases: the requesting state's request process and the requested state's examination
 * process; the page shows the assurances given and the sentences they bind, and the person sought;
 * the API adds the speciality register once the person is surrendered. Who recorded an assurance or
 * decided a consent is redacted for the other state ({@link OtherPartyRedaction}).
 */
@Component
class ExtraditionCaseKind implements CaseKind {

    private final ExtraditionRequests records;
    private final SpecialityProceedings speciality;
    private final ExtraditionAssurances assurances;

    ExtraditionCaseKind(
            ExtraditionRequests records, SpecialityProceedings speciality, ExtraditionAssurances assurances) {
        this.records = records;
        this.speciality = speciality;
        this.assurances = assurances;
    }

    @Override
    public CaseType type() {
        return CaseType.EXTRADITION;
    }

    @Override
    public Map<String, CaseParty> processes() {
        return Map.of(
                ExtraditionProcesses.Requesting.PROCESS_ID,
                CaseParty.REQUESTING,
                ExtraditionProcesses.Requested.PROCESS_ID,
                CaseParty.REQUESTED);
    }

    /** Each side's process is headed with its state: both are named alike, "request" and "examination". */
    @Override
    public CaseStagesShown stagesShown() {
        return new CaseStagesShown(Set.of(), true, true);
    }

    @Override
    public CaseDetails details(Actor actor, CaseFile file, CaseDetails.Page page) {
        SpecialityView register = OtherPartyRedaction.speciality(
                actor, file, speciality.view(file.id()).orElse(null));
        AssuranceView given = OtherPartyRedaction.assurances(actor, file, assurances.view(file.id()));
        List<CaseDetails.Fragment> sections = new ArrayList<>();
        if (given != null) {
            sections.add(new CaseDetails.Fragment("case/extradition :: assurances", given));
        }
        records.requestOfCase(file.id())
                .map(ExtraditionRequest::person)
                .ifPresent(person -> sections.add(new CaseDetails.Fragment("case/extradition :: subject", person)));
        List<Object> facts = new ArrayList<>();
        if (register != null) {
            facts.add(register);
        }
        if (given != null) {
            facts.add(given);
        }
        return new CaseDetails("case.requestingState", "case.requestedState", List.of(), List.of(), sections, facts);
    }

    @Override
    public AccessPolicy<CaseParties> writer() {
        return RequestingStateMayWrite.POLICY;
    }
}

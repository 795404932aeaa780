package org.comity.core.mla;

import java.util.List;
import java.util.Map;
import org.comity.core.access.AccessPolicy;
import org.comity.core.access.CaseParties;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.casefile.CaseDetails;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseKind;
import org.comity.core.casefile.CaseParty;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Mutual legal assistance cases: the requesting state's request process and the requested state's
 * execution process. The page shows what every case shows (stages, messages, deadlines, documents);
 * the request itself is read through its letter of request, a document of the case.
 */
@Component
class MlaCaseKind implements CaseKind {

    @Override
    public CaseType type() {
        return CaseType.MLA;
    }

    @Override
    public Map<String, CaseParty> processes() {
        return Map.of(
                MlaProcesses.Requesting.PROCESS_ID,
                CaseParty.REQUESTING,
                MlaProcesses.Requested.PROCESS_ID,
                CaseParty.REQUESTED);
    }

    @Override
    public CaseDetails details(Actor actor, CaseFile file, CaseDetails.Page page) {
        return new CaseDetails(
                "case.requestingState", "case.requestedState", List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public AccessPolicy<CaseParties> writer() {
        return RequestingStateMayWrite.POLICY;
    }
}

package org.comity.core.extradition.completion;

import java.util.UUID;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.springframework.stereotype.Component;

/** The legal basis the stored request of a case invokes: it sets (or leaves to the officer) the periods. */
@Component
class LegalBasisOfCase {

    private final ExtraditionRecords records;
    private final LegalBasisRegistry legalBases;

    LegalBasisOfCase(ExtraditionRecords records, LegalBasisRegistry legalBases) {
        this.records = records;
        this.legalBases = legalBases;
    }

    LegalBasis of(String caseId) {
        return records.requestOfCase(UUID.fromString(caseId))
                .map(r -> legalBases.get(r.legalBasisId()))
                .orElseThrow(() -> new IllegalStateException("No request stored for case " + caseId));
    }
}

package org.comity.core.extradition.completion;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.comity.core.extradition.GroundFound;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.springframework.stereotype.Component;

/**
 * The mandatory refusal grounds the assessment found on a case, by code, sorted: what the court's
 * ruling and the executive decision may not override (legal-domain.md §9 item 15; DESIGN §5).
 */
@Component
class StandingMandatoryGrounds {

    private final ExtraditionRecords records;

    StandingMandatoryGrounds(ExtraditionRecords records) {
        this.records = records;
    }

    Set<String> of(String caseId) {
        return records.grounds(UUID.fromString(caseId)).stream()
                .filter(GroundFound::mandatory)
                .map(GroundFound::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

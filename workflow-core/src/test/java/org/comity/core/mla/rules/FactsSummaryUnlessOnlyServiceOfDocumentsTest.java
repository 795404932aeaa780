package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestToServeASummonsOnly;

import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** legal-domain.md §10 item 17: service of documents without facts is valid, a search without facts is not. */
class FactsSummaryUnlessOnlyServiceOfDocumentsTest {

    private final FactsSummaryUnlessOnlyServiceOfDocuments rule = new FactsSummaryUnlessOnlyServiceOfDocuments();

    @Test
    void acceptsServiceOfDocumentsWithoutFacts() {
        assertThat(Rules.check(rule, aRequestToServeASummonsOnly())).isEmpty();
    }

    @Test
    void rejectsASearchWithoutFacts() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .assistanceTypes(AssistanceType.SEARCH_AND_SEIZURE)
                .factsSummary("  ")
                .build();

        assertThat(Rules.check(rule, request)).containsExactly(Violation.error("factsSummary", "mla.facts.required"));
    }

    @Test
    void rejectsServiceOfDocumentsWithAnotherMeasureWithoutFacts() {
        var request = MlaRequests.from(aRequestToServeASummonsOnly())
                .assistanceTypes(AssistanceType.SERVICE_OF_DOCUMENTS, AssistanceType.LOCATE_PERSON)
                .build();

        assertThat(Rules.check(rule, request)).containsExactly(Violation.error("factsSummary", "mla.facts.required"));
    }
}

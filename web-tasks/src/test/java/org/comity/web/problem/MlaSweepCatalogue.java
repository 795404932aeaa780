package org.comity.web.problem;

import static org.comity.web.problem.SweepJson.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.web.mla.MlaRequestBodies;

/** The sweep's mutual legal assistance endpoint: the request intake. */
final class MlaSweepCatalogue {

    private MlaSweepCatalogue() {}

    static List<SweepEndpoint> endpoints() {
        ObjectNode valid = tree(MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        for (String text : List.of(
                "caseReference",
                "requestingAuthority.name",
                "requestingAuthority.contactName",
                "offences[0].legalProvision",
                "personsConcerned[0].nameInOriginalScript",
                "personsConcerned[0].nameInLatinScript",
                "personsConcerned[0].location")) {
            fields.put(text, BadInputs.line());
        }
        for (String text : List.of(
                "factsSummary",
                "assistanceSought",
                "purpose",
                "relevance",
                "urgencyReason",
                "offences[0].description")) {
            fields.put(text, BadInputs.multiline());
        }
        for (String option : List.of(
                "proceedingType", "assistanceTypes[0]", "personsConcerned[0].sex", "personsConcerned[0].role")) {
            fields.put(option, BadInputs.option());
        }
        fields.put("deadline", BadInputs.date());
        fields.put("personsConcerned[0].dateOfBirth", BadInputs.dateOfBirth());
        fields.put("personsConcerned[0].identityDocuments[0].expiry", BadInputs.expiry());
        fields.put("offences[0].maximumPenalty.months", BadInputs.number());
        fields.put("confidential", BadInputs.bool());
        for (String required : List.of("requestingState", "requestedState", "legalBasisId")) {
            fields.computeIfAbsent(required, k -> new LinkedHashMap<>()).put("null", NullNode.instance);
        }
        return List.of(
                new SweepEndpoint("POST /mla-requests", "/api/v1/mla-requests", "demo-cn-mps", valid, fields, false));
    }
}

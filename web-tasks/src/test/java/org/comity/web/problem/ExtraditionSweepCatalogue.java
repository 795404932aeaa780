package org.comity.web.problem;

import static org.comity.web.problem.SweepJson.JSON;
import static org.comity.web.problem.SweepJson.obj;
import static org.comity.web.problem.SweepJson.tree;
import static org.comity.web.problem.SweepJson.txt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;

/**
 * The sweep's extradition endpoints: the request intake, assurances and the sentence of a surrendered
 * person, and the requested state's completeness check (a task form with text, option, whole-number
 * and yes/no fields).
 */
final class ExtraditionSweepCatalogue {

    private ExtraditionSweepCatalogue() {}

    static List<SweepEndpoint> endpoints(SweepContext context) {
        ExtraditionCaseScenario scenario = context.extraditions();
        String surrendered = scenario.grantedAndSurrendered();
        String toCheck = scenario.submit(
                        "demo-cn-mps",
                        "sweep-" + UUID.randomUUID(),
                        ExtraditionRequestBodies.aRequestFromChinaFor("左思远", "Zuo Siyuan", "1979-08-14"))
                .caseId();
        scenario.runJobs(toCheck);
        scenario.completeOk("cn.supervisor", toCheck, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        return List.of(
                intake(),
                assurance(surrendered),
                sentence(surrendered),
                completeness(scenario.taskId("mm.officer", toCheck, "Task_CheckCompleteness")));
    }

    /** Idempotency-Keys that are no keys, on an otherwise valid extradition request. */
    static List<SweepProbe> idempotencyKeys() {
        byte[] valid = SweepJson.bytes(
                tree(ExtraditionRequestBodies.aRequestFromChinaFor("独孤求败", "Dugu Qiubai", "1975-12-12")));
        Map<String, String> keys = Map.of(
                "missing",
                SweepProbe.WITHOUT_KEY,
                "empty",
                "",
                "201 characters",
                "k".repeat(201),
                "a space",
                "two words",
                "only spaces",
                "   ");
        return keys.entrySet().stream()
                .map(key -> new SweepProbe(
                        "Idempotency-Key: " + key.getKey(),
                        "/api/v1/extraditions",
                        "demo-cn-mps",
                        "application/json",
                        valid,
                        null,
                        key.getValue()))
                .toList();
    }

    private static SweepEndpoint intake() {
        ObjectNode valid =
                tree(ExtraditionRequestBodies.aRequestFromChinaFor("东方未明", "Dongfang Weiming", "1984-02-11"));
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        for (String text : List.of(
                "person.nameInOriginalScript",
                "person.nameInLatinScript",
                "person.aliases[0]",
                "offences[0].place",
                "offences[0].provisionInRequestingLaw",
                "warrant.reference",
                "warrant.issuingAuthority",
                "legalBasisId",
                "requestingState")) {
            fields.put(text, BadInputs.line());
        }
        fields.put("factsSummary", BadInputs.multiline());
        fields.put("offences[0].description", BadInputs.multiline());
        for (String option :
                List.of("person.sex", "purpose", "urgency", "channel", "offences[0].maximumPenalty.kind")) {
            fields.put(option, BadInputs.option());
        }
        fields.put("person.dateOfBirth", BadInputs.dateOfBirth());
        fields.put("requestDate", BadInputs.date());
        fields.put("warrant.date", BadInputs.date());
        fields.put("person.identityDocuments[0].expiry", BadInputs.expiry());
        fields.put("offences[0].maximumPenalty.months", BadInputs.number());
        fields.put("undertakings.speciality", BadInputs.bool());
        fields.put(
                "person.aliases",
                Map.of(
                        "100,000 aliases",
                        BadInputs.listOf(100_000, txt("Xiao Wang")),
                        "21 aliases",
                        BadInputs.listOf(21, txt("Xiao Wang"))));
        fields.put(
                "offences",
                new LinkedHashMap<>(Map.of(
                        "51 offences",
                        BadInputs.listOf(51, valid.get("offences").get(0)))));
        fields.put("person.nationalities", Map.of("11 nationalities", BadInputs.listOf(11, txt("CN"))));
        for (String required : List.of(
                "requestingState",
                "requestedState",
                "purpose",
                "urgency",
                "channel",
                "legalBasisId",
                "person",
                "offences",
                "undertakings",
                "requestDate",
                "factsSummary",
                "person.sex",
                "person.dateOfBirth",
                "person.nameInLatinScript")) {
            fields.computeIfAbsent(required, k -> new LinkedHashMap<>()).put("null", NullNode.instance);
        }
        ((ObjectNode) valid.get("person"))
                .set(
                        "identityDocuments",
                        JSON.createArrayNode()
                                .add(obj(
                                        "type",
                                        "PASSPORT",
                                        "number",
                                        "E98765432",
                                        "issuingState",
                                        "CN",
                                        "expiry",
                                        "2030-01-01")));
        return new SweepEndpoint("POST /extraditions", "/api/v1/extraditions", "demo-cn-mps", valid, fields, false);
    }

    private static SweepEndpoint assurance(String caseId) {
        ObjectNode valid = tree(ExtraditionRequestBodies.anAssurance("DEATH_PENALTY"));
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        fields.put("terms", BadInputs.multiline());
        fields.put("kind", BadInputs.option());
        fields.put("givenOn", BadInputs.date());
        fields.put("maxTermMonths", BadInputs.number());
        fields.put(
                "offenceIndexes",
                Map.of(
                        "101 indexes",
                        BadInputs.listOf(101, JSON.getNodeFactory().numberNode(0)),
                        "index as text",
                        JSON.createArrayNode().add("0")));
        return new SweepEndpoint(
                "POST /extraditions/{id}/assurances",
                "/api/v1/extraditions/" + caseId + "/assurances",
                "demo-cn-mps",
                valid,
                fields,
                false);
    }

    private static SweepEndpoint sentence(String caseId) {
        ObjectNode valid = tree(ExtraditionRequestBodies.aSentence("TERM", 120));
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        fields.put("court", BadInputs.line());
        fields.put("kind", BadInputs.option());
        fields.put("imposedOn", BadInputs.date());
        fields.put("months", BadInputs.number());
        return new SweepEndpoint(
                "POST /extraditions/{id}/sentence",
                "/api/v1/extraditions/" + caseId + "/sentence",
                "demo-cn-mps",
                valid,
                fields,
                false);
    }

    /** Myanmar's completeness check: text and option samples, and every wrongly typed number and yes/no. */
    private static SweepEndpoint completeness(String taskId) {
        Map<String, Map<String, JsonNode>> fields = new LinkedHashMap<>();
        fields.put("missingItems", BadInputs.sample(BadInputs.multiline()));
        fields.put("completeness", BadInputs.sample(BadInputs.option()));
        fields.put("replyWithinDays", BadInputs.formNumber());
        fields.put("maximumPenaltyInRequestedLawMonths", BadInputs.formNumber());
        fields.put("dualCriminality", BadInputs.formBool());
        return SweepEndpoint.form(
                "Task_CheckCompleteness form",
                taskId,
                "mm.officer:demo",
                obj("completeness", "INCOMPLETE", "missingItems", "The warrant"),
                fields);
    }
}

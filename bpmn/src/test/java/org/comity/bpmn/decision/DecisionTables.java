package org.comity.bpmn.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.comity.core.extradition.decision.ExtraditionDecisions;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * One decision table on the standalone DMN engine, remembering which rules the last evaluation
 * matched so that a row can say which rule it exercises.
 */
final class DecisionTables implements DmnDecisionTableEvaluationListener {

    static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private final DmnDecision decision;
    private final DmnEngine engine;
    private List<String> matchedRules = List.of();

    private DecisionTables(String decisionId) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(this));
        this.engine = configuration.buildEngine();
        try (InputStream dmn = open(decisionId)) {
            this.decision = engine.parseDecision(decisionId, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecisionTables of(String decisionId) {
        return new DecisionTables(decisionId);
    }

    DmnDecisionResult evaluate(Map<String, Object> variables) {
        matchedRules = List.of();
        return engine.evaluateDecision(decision, variables);
    }

    /** Ids of the rules the last evaluation matched, in table order. */
    List<String> matchedRules() {
        return matchedRules;
    }

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
        matchedRules = event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId)
                .toList();
    }

    /** Ids of every rule of the table, read from the file. */
    static List<String> ruleIds(String decisionId) {
        NodeList rules = parse(decisionId).getElementsByTagNameNS(DMN_NS, "rule");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rules.getLength(); i++) {
            ids.add(rules.item(i).getAttributes().getNamedItem("id").getNodeValue());
        }
        return ids;
    }

    static Document parse(String decisionId) {
        try (InputStream dmn = open(decisionId)) {
            return parse(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(InputStream dmn) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(dmn);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse DMN", e);
        }
    }

    private static InputStream open(String decisionId) {
        String resource = ExtraditionDecisions.resource(decisionId);
        InputStream stream = DecisionTables.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return stream;
    }
}

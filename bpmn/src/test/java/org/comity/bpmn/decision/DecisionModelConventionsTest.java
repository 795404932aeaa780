package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comity.core.extradition.decision.EligibilityInput;
import org.comity.core.extradition.decision.ExtraditionDecisions;
import org.comity.core.extradition.decision.ExtraditionDecisions.AssuranceRouting;
import org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility;
import org.comity.core.extradition.decision.ExtraditionDecisions.ProvisionalArrestWindow;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.mla.decision.MlaDecisions;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every DMN file opens in Camunda Modeler with a diagram (a DMNDI shape with bounds per decision),
 * is named after its decision, names its rules, and reads exactly the variables its typed input
 * provides.
 */
class DecisionModelConventionsTest {

    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC_NS = "http://www.omg.org/spec/DMN/20180521/DC/";
    /** The engine enforces a history time to live; decisions of a case are kept as long as its file. */
    private static final String HISTORY_TIME_TO_LIVE_DAYS = "3650";

    private static final Path DMN_DIR = Path.of("src/main/resources/dmn");

    static List<Path> dmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    void everyDecisionHasADiagramShapeAndTheFileIsNamedAfterIt(Path file) throws IOException {
        Document dmn = read(file);
        List<String> decisions = attributes(dmn.getElementsByTagNameNS(DecisionTables.DMN_NS, "decision"), "id");

        assertThat(decisions).isNotEmpty();
        assertThat(shapesWithBounds(dmn)).containsAll(decisions);
        assertThat(file.getFileName().toString())
                .isEqualTo(Path.of(ExtraditionDecisions.resource(decisions.get(0)))
                        .getFileName()
                        .toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    void everyDecisionKeepsItsHistoryForTenYears(Path file) throws IOException {
        NodeList decisions = read(file).getElementsByTagNameNS(DecisionTables.DMN_NS, "decision");

        assertThat(attributes(decisions, "camunda:historyTimeToLive")).containsOnly(HISTORY_TIME_TO_LIVE_DAYS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                Eligibility.ID,
                RefusalGrounds.ID,
                ProvisionalArrestWindow.ID,
                MlaDecisions.ID,
                AssuranceRouting.ID
            })
    void everyRuleHasAUniqueBusinessName(String decisionId) {
        assertThat(DecisionTables.ruleIds(decisionId))
                .allMatch(id -> id.matches("Rule_[A-Z][A-Za-z]+"))
                .doesNotHaveDuplicates();
    }

    @Test
    void tablesReadExactlyTheVariablesTheirInputsProvide() {
        assertThat(inputs(Eligibility.ID))
                .isEqualTo(EligibilityInput.prosecution(true, null, null, false)
                        .toVariables()
                        .keySet());
        assertThat(inputs(RefusalGrounds.ID))
                .isEqualTo(RefusalGroundsInput.noGroundsIn("CN").toVariables().keySet());
        assertThat(inputs(ProvisionalArrestWindow.ID)).containsExactly(ProvisionalArrestWindow.LEGAL_BASIS_ID);
        assertThat(inputs(MlaDecisions.ID))
                .isEqualTo(
                        MlaRefusalGroundsInput.noGroundsIn("CN").toVariables().keySet());
        assertThat(inputs(AssuranceRouting.ID))
                .containsExactlyInAnyOrder(AssuranceRouting.REQUESTING_STATE, AssuranceRouting.ASSURANCE_KIND);
    }

    private static Set<String> inputs(String decisionId) {
        NodeList expressions =
                DecisionTables.parse(decisionId).getElementsByTagNameNS(DecisionTables.DMN_NS, "inputExpression");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < expressions.getLength(); i++) {
            names.add(expressions.item(i).getTextContent().trim());
        }
        return names.stream().collect(Collectors.toSet());
    }

    private static List<String> shapesWithBounds(Document dmn) {
        List<String> refs = new ArrayList<>();
        NodeList shapes = dmn.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
        for (int i = 0; i < shapes.getLength(); i++) {
            Element shape = (Element) shapes.item(i);
            if (shape.getElementsByTagNameNS(DC_NS, "Bounds").getLength() == 1) {
                refs.add(shape.getAttribute("dmnElementRef"));
            }
        }
        return refs;
    }

    private static List<String> attributes(NodeList elements, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(name));
        }
        return values;
    }

    private static Document read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DecisionTables.parse(in);
        }
    }
}

package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.comity.core.extradition.decision.EligibilityInput;
import org.comity.core.extradition.decision.ExtraditionDecisions;
import org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility;
import org.comity.core.extradition.decision.ExtraditionDecisions.ProvisionalArrestWindow;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every DMN file opens in Camunda Modeler with a diagram (a DMNDI shape per decision), is named
 * after its decision, names its rules, and reads exactly the variables its typed input provides.
 */
class DecisionModelConventionsTest {

    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final Path DMN_DIR = Path.of("src/main/resources/dmn");

    @Test
    void everyDecisionHasADiagramShape() throws IOException {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            List<Path> dmnFiles = files.filter(f -> f.toString().endsWith(".dmn")).toList();
            assertThat(dmnFiles).isNotEmpty();
            for (Path file : dmnFiles) {
                String decisionId = decisionIds(file).get(0);
                Document dmn = DecisionTables.parse(decisionId);
                assertThat(shapeRefs(dmn)).as(file.toString()).containsAll(decisionIds(file));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Eligibility.ID, RefusalGrounds.ID, ProvisionalArrestWindow.ID})
    void fileIsNamedAfterItsDecisionAndRulesAreNamed(String decisionId) {
        assertThat(DMN_DIR.resolve(Path.of(ExtraditionDecisions.resource(decisionId)).getFileName())).exists();
        assertThat(DecisionTables.ruleIds(decisionId)).allMatch(id -> id.matches("Rule_[A-Z][A-Za-z]+"))
                .doesNotHaveDuplicates();
    }

    @Test
    void tablesReadExactlyTheVariablesTheirInputsProvide() {
        assertThat(inputs(Eligibility.ID)).isEqualTo(
                EligibilityInput.prosecution(true, null, null, false).toVariables().keySet());
        assertThat(inputs(RefusalGrounds.ID)).isEqualTo(RefusalGroundsInput.noGroundsIn("CN").toVariables().keySet());
        assertThat(inputs(ProvisionalArrestWindow.ID)).containsExactly(ProvisionalArrestWindow.LEGAL_BASIS_ID);
    }

    private static Set<String> inputs(String decisionId) {
        NodeList expressions = DecisionTables.parse(decisionId)
                .getElementsByTagNameNS(DecisionTables.DMN_NS, "inputExpression");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < expressions.getLength(); i++) {
            names.add(expressions.item(i).getTextContent().trim());
        }
        return names;
    }

    private static List<String> decisionIds(Path file) {
        List<String> ids = new ArrayList<>();
        String xml;
        try {
            xml = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var matcher = java.util.regex.Pattern.compile("<decision id=\"([^\"]+)\"").matcher(xml);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        assertThat(file.getFileName().toString()).isEqualTo(
                Path.of(ExtraditionDecisions.resource(ids.get(0))).getFileName().toString());
        return ids;
    }

    private static Set<String> shapeRefs(Document dmn) {
        NodeList shapes = dmn.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < shapes.getLength(); i++) {
            Element shape = (Element) shapes.item(i);
            if (shape.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds").getLength() == 1) {
                refs.add(shape.getAttribute("dmnElementRef"));
            }
        }
        return refs;
    }

}

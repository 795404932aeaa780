package org.comity.bpmn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of DESIGN.md §2 that concern bpmn: its models and their tests use workflow-core (in
 * test scope) and the engine, never the web or document modules.
 */
@AnalyzeClasses(packages = "org.comity.bpmn")
class ArchitectureTest {

    @ArchTest
    static final ArchRule processTestsUseOnlyCoreAndEngine = noClasses()
            .that()
            .resideInAPackage("org.comity.bpmn..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.comity.web..", "org.comity.documents..", "org.apache.pdfbox..", "org.springframework.web..")
            .as("bpmn must depend only on workflow-core and the engine");
}

package org.comity.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** The arrows of DESIGN.md §2 that concern web-tasks, and how its controllers are built. */
@AnalyzeClasses(packages = "org.comity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule webTasksDoesNotDrawPdfs = noClasses()
            .that()
            .resideInAPackage("org.comity.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.pdfbox..")
            .as("web-tasks must not use PDFBox: only document-service lays out documents");

    @ArchTest
    static final ArchRule noEngineRestOrWebapp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.camunda.bpm.engine.rest..",
                    "org.camunda.bpm.webapp..",
                    "org.camunda.bpm.cockpit..",
                    "org.camunda.bpm.admin..",
                    "org.camunda.bpm.tasklist..")
            .as("no code may use Camunda's REST API or webapps (CVE-2026-77226, CVE-2026-109432)");

    @ArchTest
    static final ArchRule caseViewIsBuiltInCore = noClasses()
            .that()
            .resideInAPackage("org.comity.web.casefile..")
            .or()
            .haveSimpleNameStartingWith("CasePage")
            .or()
            .haveSimpleName("CaseStages")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.camunda.bpm..")
            .as("the case API and page render the view core builds; they do not read the engine (#15)");

    @ArchTest
    static final ArchRule casePageNamesNoProcedure = noClasses()
            .that()
            .haveSimpleNameStartingWith("CasePage")
            .or()
            .haveSimpleName("CaseStages")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.comity.core.extradition..", "org.comity.core.mla..", "org.comity.core.repatriation..")
            .as("the case page renders what each procedure's CaseKind gives, without naming a procedure (#15)");

    @ArchTest
    static final ArchRule controllersStayInWebTasks = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("org.comity.web..")
            .as("REST controllers live in web-tasks");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .as("controllers are package-private: nothing calls them but Spring MVC");
}

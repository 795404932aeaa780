package org.comity.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of DESIGN.md §2 that concern workflow-core: it points at no sibling module. */
@AnalyzeClasses(packages = "org.comity.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNoSiblingModule = noClasses()
            .that()
            .resideInAPackage("org.comity.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.comity.web..", "org.comity.documents..", "org.comity.bpmn..")
            .as("workflow-core must not depend on web-tasks, document-service or bpmn");

    @ArchTest
    static final ArchRule coreKnowsNothingOfPdf = noClasses()
            .that()
            .resideInAPackage("org.comity.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.pdfbox..", "com.google.zxing..")
            .as("workflow-core must not use PDFBox: documents are made behind the document port");

    @ArchTest
    static final ArchRule coreKnowsNothingOfHttp = noClasses()
            .that()
            .resideInAPackage("org.comity.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "jakarta.servlet..",
                    "org.thymeleaf..",
                    "org.springframework.security.web..")
            .as("workflow-core must not use Spring MVC, servlets or Thymeleaf: HTTP belongs to web-tasks");
}

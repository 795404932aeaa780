package org.comity.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of DESIGN.md §2 as they concern document-service: it renders documents for
 * workflow-core and knows nothing of the engine or the web.
 */
@AnalyzeClasses(packages = "org.comity.documents", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule document_service_must_not_depend_on_the_camunda_engine = noClasses()
            .that()
            .resideInAPackage("org.comity.documents..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule document_service_must_not_depend_on_spring_mvc_or_the_web = noClasses()
            .that()
            .resideInAPackage("org.comity.documents..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule document_service_must_not_depend_on_thymeleaf = noClasses()
            .that()
            .resideInAPackage("org.comity.documents..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.thymeleaf..");

    @ArchTest
    static final ArchRule document_service_must_not_depend_on_the_web_module = noClasses()
            .that()
            .resideInAPackage("org.comity.documents..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.comity.web..");

    @ArchTest
    static final ArchRule templates_describe_documents_without_touching_pdfbox = noClasses()
            .that()
            .resideInAPackage("org.comity.documents.templates..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.pdfbox..");
}

package org.comity.core.document;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The document port is plain Java: callers in workflow-core must be able to ask for a document
 * without pulling a PDF library or a framework into the domain. Its texts are core's text types
 * ({@code org.comity.core.text}: message keys and texts keyed by language), plain Java as well.
 */
@AnalyzeClasses(packages = "org.comity.core.document", importOptions = ImportOption.DoNotIncludeTests.class)
class DocumentPortArchitectureTest {

    @ArchTest
    static final ArchRule the_document_port_depends_only_on_the_jdk = classes()
            .that()
            .resideInAPackage("org.comity.core.document..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.comity.core.document..", "org.comity.core.text..", "java..");
}

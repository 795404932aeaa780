package org.comity.core.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packagesOf = AuditLog.class, importOptions = ImportOption.DoNotIncludeTests.class)
class AuditArchitectureTest {

    /** Every feature may log; if the log depended on a feature, that feature could not. */
    @ArchTest
    static final ArchRule theAuditLogDependsOnlyOnIdentitiesTheJdkAndSpring = classes()
            .that()
            .resideInAPackage("org.comity.core.audit..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.comity.core.audit..",
                    "org.comity.core.identity..",
                    "java..",
                    "javax..",
                    "org.springframework..");

    /** Actors are passed in, so the log works the same for people, agencies and jobs. */
    @ArchTest
    static final ArchRule theAuditLogKnowsNothingOfSecurityOrTheWeb = noClasses()
            .that()
            .resideInAPackage("org.comity.core.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.security..", "org.springframework.web..", "jakarta.servlet..");
}

package org.comity.core.mla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

@AnalyzeClasses(packages = "org.comity.core", importOptions = ImportOption.DoNotIncludeTests.class)
class MlaArchitectureTest {

    private static final String MLA = "org.comity.core.mla";

    @ArchTest
    static final ArchRule legalRulesDoNotNeedTheEngineOrSpring = noClasses()
            .that()
            .resideInAnyPackage("..mla.decision..", "..mla.request..", "..mla.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.camunda..", "org.springframework..")
            .as("the legal rules of mutual legal assistance depend neither on the engine nor on Spring "
                    + "(the root services, intake and delegates are the adapters)");

    @ArchTest
    static final ArchRule theRequestModelKnowsNoRules = noClasses()
            .that()
            .resideInAPackage("..mla.request..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(MLA, "..mla.rules..", "..mla.decision..", "..mla.delegate..", "..mla.document..")
            .as("the MLA request model knows nothing of the rules that check it or of the processes");

    @ArchTest
    static final ArchRule documentsAreWrittenFromTypedRecords = noClasses()
            .that()
            .resideInAPackage("..mla.document..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    MLA, "org.camunda..", "org.springframework..", "org.comity.core.task..", "com.fasterxml..")
            .as("MLA documents are written from the request and the forms as records, never from the engine, "
                    + "stored task-form JSON or the case's tables");

    @ArchTest
    static final ArchRule rulesAreInternal = classes()
            .that()
            .implement("org.comity.core.mla.rules.MlaRequestRule")
            .should()
            .notBePublic()
            .andShould()
            .haveSimpleNameNotEndingWith("Rule")
            .as("each MLA validation rule is a package-private class named for what it requires");

    @ArchTest
    static final ArchRule delegatesStayInTheDelegatePackage = classes()
            .that()
            .implement("org.camunda.bpm.engine.delegate.JavaDelegate")
            .and()
            .resideInAPackage("..mla..")
            .should()
            .resideInAPackage("..mla.delegate..")
            .as("the delegates the MLA models call live in the delegate package, one bean per step");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().assignedFrom(new MlaPackages())
            .should()
            .beFreeOfCycles()
            .as("the packages of the MLA feature, its root included, depend on one another without cycles");

    @ArchTest
    static final ArchRule otherFeaturesSeeOnlyThePublishedSurface = noClasses()
            .that()
            .resideOutsideOfPackage("org.comity.core.mla..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..mla.delegate..", "..mla.document..", "..mla.rules..", "..mla.decision..")
            .as("code outside the MLA feature uses only its root, request and form packages");

    /** One slice per package of the feature, the root package being a slice of its own. */
    private static final class MlaPackages implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(MLA)) {
                return SliceIdentifier.of("mla");
            }
            return name.startsWith(MLA + ".")
                    ? SliceIdentifier.of(name.substring(MLA.length() + 1).split("\\.")[0])
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of org.comity.core.mla";
        }
    }
}

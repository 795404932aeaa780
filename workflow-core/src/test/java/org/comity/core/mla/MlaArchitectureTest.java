package org.comity.core.mla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.comity.core.mla", importOptions = ImportOption.DoNotIncludeTests.class)
class MlaArchitectureTest {

    @ArchTest
    static final ArchRule legalRulesDoNotNeedTheEngineOrSpring = noClasses()
            .that().resideInAnyPackage("..mla.legalbasis..", "..mla.decision..", "..mla.request..", "..mla.validation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..")
            .as("the legal rules of mutual legal assistance depend neither on the engine nor on Spring "
                    + "(the process, intake and form packages are the adapters)");

    @ArchTest
    static final ArchRule theRequestModelKnowsNoRules = noClasses()
            .that().resideInAPackage("..mla.request..")
            .should().dependOnClassesThat().resideInAnyPackage("..mla.validation..", "..mla.decision..",
                    "..mla.process..", "..mla.intake..")
            .as("the MLA request model knows nothing of the rules that check it or of the processes");

    @ArchTest
    static final ArchRule rulesAreInternal = classes()
            .that().implement("org.comity.core.mla.rules.MlaRequestRule")
            .should().notBePublic()
            .andShould().haveSimpleNameNotEndingWith("Rule")
            .as("each MLA validation rule is a package-private class named for what it requires");

    @ArchTest
    static final ArchRule delegatesStayInTheProcessPackage = classes()
            .that().implement("org.camunda.bpm.engine.delegate.JavaDelegate")
            .should().resideInAPackage("..mla.process..")
            .as("the delegates the MLA models call live with the process constants");
}

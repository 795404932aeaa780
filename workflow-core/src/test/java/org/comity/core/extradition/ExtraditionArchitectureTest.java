package org.comity.core.extradition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.comity.core.extradition", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtraditionArchitectureTest {

    @ArchTest
    static final ArchRule legalRulesDoNotNeedTheEngineOrSpring = noClasses()
            .that().resideInAnyPackage("..extradition.legalbasis..", "..extradition.decision..",
                    "..extradition.request..", "..extradition.validation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..")
            .as("the legal rules of extradition depend neither on the engine nor on Spring, "
                    + "so processes, API and tests share them unchanged "
                    + "(the process, intake and form packages are the adapters to the engine and Spring)");

    @ArchTest
    static final ArchRule legalBasesStandAlone = noClasses()
            .that().resideInAPackage("..extradition.legalbasis..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..extradition.request..", "..extradition.validation..", "..extradition.decision..")
            .as("the legal-basis registry depends on no other part of extradition");

    @ArchTest
    static final ArchRule theRequestModelKnowsNoRules = noClasses()
            .that().resideInAPackage("..extradition.request..")
            .should().dependOnClassesThat().resideInAnyPackage("..extradition.validation..", "..extradition.decision..")
            .as("the request model knows nothing of the rules that check it");

    @ArchTest
    static final ArchRule rulesAreInternal = classes()
            .that().implement("org.comity.core.extradition.validation.ExtraditionRequestRule")
            .should().notBePublic()
            .andShould().haveSimpleNameNotEndingWith("Rule")
            .as("each validation rule is a package-private class named for what it requires");

}

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
            .that()
            .resideInAnyPackage("..extradition.decision..", "..extradition.request..", "..extradition.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.camunda..", "org.springframework..")
            .as("the legal rules of extradition depend neither on the engine nor on Spring, "
                    + "so processes, API and tests share them unchanged "
                    + "(the delegate, document, intake and form packages are the adapters to the engine and Spring)");

    @ArchTest
    static final ArchRule theRequestModelKnowsNoRules = noClasses()
            .that()
            .resideInAPackage("..extradition.request..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..extradition.rules..", "..extradition.decision..")
            .as("the request model (with the legal bases a request names) knows nothing of the rules that check it");

    @ArchTest
    static final ArchRule rulesAreInternal = classes()
            .that()
            .implement("org.comity.core.extradition.rules.ExtraditionRequestRule")
            .should()
            .notBePublic()
            .andShould()
            .haveSimpleNameNotEndingWith("Rule")
            .as("each validation rule is a package-private class named for what it requires");

    @ArchTest
    static final ArchRule noAdapterAsksWhichElementItRunsIn = noClasses()
            .that()
            .resideInAPackage("org.comity.core.extradition..")
            .should()
            .callMethod(org.camunda.bpm.engine.delegate.DelegateExecution.class, "getCurrentActivityId")
            .as("each model element has its own delegate bean, so no extradition class switches on the activity id");

    @ArchTest
    static final ArchRule theRootDependsOnNoInternalPackage = noClasses()
            .that()
            .resideInAPackage("org.comity.core.extradition")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..extradition.delegate..",
                    "..extradition.document..",
                    "..extradition.intake..",
                    "..extradition.rules..",
                    "..extradition.speciality..",
                    "..extradition.assurance..",
                    "..extradition.decision..")
            .as("the feature's root is its published surface: internal packages depend on it, never the reverse");
}

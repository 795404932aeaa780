package org.comity.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feature template of ARCHITECTURE.md, checked on the compiled main code of every module. A
 * feature (a procedure: extradition, mutual legal assistance, repatriation, any later one) is the
 * package {@code org.comity.core.<feature>} whose root holds its {@code CaseKind}; it publishes its
 * root (the facade), {@code request} (the model the API binds) and {@code form} (the task forms),
 * and keeps everything else — rules, delegates, documents, its own concepts — to itself, so that
 * one procedure can change inside without the others, the core or the web noticing.
 */
class FeatureTemplateTest {

    private static final String CORE = "org.comity.core";

    /** A feature's published sub-packages besides its root. */
    private static final Set<String> PUBLISHED = Set.of("request", "form");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.comity");

    /** The packages whose root implements {@code CaseKind}: the procedures. */
    static SortedSet<String> features() {
        SortedSet<String> features = new TreeSet<>();
        for (JavaClass type : MAIN) {
            boolean caseKind = type.getAllRawInterfaces().stream()
                    .anyMatch(i -> i.getName().equals(CORE + ".casefile.CaseKind"));
            if (caseKind && !type.isInterface()) {
                features.add(type.getPackageName());
            }
        }
        return features;
    }

    @Test
    void everyProcedureIsAFeaturePackage() {
        assertThat(features()).containsExactlyInAnyOrder(CORE + ".extradition", CORE + ".mla", CORE + ".repatriation");
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching(CORE + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("a feature or shared core package that depends on itself through another cannot be "
                        + "changed or understood alone")
                .check(MAIN);
    }

    @ParameterizedTest
    @MethodSource("features")
    void aFeaturesPackagesAreFreeOfCycles(String feature) {
        slices().assignedFrom(packagesOf(feature))
                .should()
                .beFreeOfCycles()
                .because("the root facade is implemented by the internal packages and never depends on them")
                .check(MAIN);
    }

    @ParameterizedTest
    @MethodSource("features")
    void nothingOutsideAFeatureUsesItsInternals(String feature) {
        ArchRuleDefinition.noClasses()
                .that()
                .resideOutsideOfPackage(feature + "..")
                .should()
                .dependOnClassesThat(internalTo(feature))
                .because("outside code uses a feature through its root, request and form packages only")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    /** One slice per top-level package of the feature, the root being a slice of its own. */
    private static SliceAssignment packagesOf(String feature) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (name.equals(feature)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!name.startsWith(feature + ".")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(name.substring(feature.length() + 1).split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "the root and the sub-packages of " + feature;
            }
        };
    }

    /** A class in a sub-package of the feature other than the published ones. */
    private static DescribedPredicate<JavaClass> internalTo(String feature) {
        return DescribedPredicate.describe("internal to " + feature, type -> {
            String name = type.getPackageName();
            if (!name.startsWith(feature + ".")) {
                return false;
            }
            String subPackage = name.substring(feature.length() + 1).split("\\.")[0];
            return !PUBLISHED.contains(subPackage);
        });
    }
}

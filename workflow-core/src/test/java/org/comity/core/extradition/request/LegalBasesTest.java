package org.comity.core.extradition.request;

import static java.time.Period.ofDays;
import static java.time.Period.ofMonths;
import static java.time.Period.ofYears;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegalBasesTest {

    @Test
    void chinasStatuteWithoutTreatyGivesThirtyDaysPlusFifteenOnceAndNeedsReciprocity() {
        LegalBasis statute = LegalBases.CN_EXTRADITION_LAW_2000;

        assertThat(statute.kind()).isEqualTo(LegalBasisKind.STATUTE_RECIPROCITY);
        assertThat(statute.provisionalArrest()).isEqualTo(ExtendableWindow.of(ofDays(30), ofDays(15)));
        assertThat(statute.supplementaryInformation()).contains(ExtendableWindow.of(ofDays(30), ofDays(15)));
        assertThat(statute.surrender()).contains(ExtendableWindow.of(ofDays(15), ofDays(30)));
        assertThat(statute.treatyExists()).isFalse();
        assertThat(statute.requiresReciprocityUndertaking()).isTrue();
        assertThat(statute.prosecutionMinimumPenalty()).isEqualTo(ofYears(1));
        assertThat(statute.enforcementMinimumRemaining()).isEqualTo(ofMonths(6));
        assertThat(statute.title().in("zh-Hans")).contains("引渡法");
    }

    @Test
    void unModelTreatyReleasesAfterFortyDaysWithoutExtensionAndLeavesOtherTimesToTheRequestedState() {
        LegalBasis model = LegalBases.UN_MODEL_TREATY_1990;

        assertThat(model.provisionalArrest().period()).isEqualTo(ofDays(40));
        assertThat(model.provisionalArrest().extendable()).isFalse();
        assertThat(model.supplementaryInformation()).isEqualTo(Optional.empty());
        assertThat(model.surrender()).isEqualTo(Optional.empty());
        assertThat(model.requiresReciprocityUndertaking()).isFalse();
    }

    @Test
    void exampleTreatyHasItsOwnValuesAndIsMarkedAsAnExample() {
        LegalBasis treaty = LegalBases.EXAMPLE_BILATERAL_TREATY;

        assertThat(treaty.title().in("en")).containsIgnoringCase("example").contains("not a real treaty");
        assertThat(treaty.parties()).containsExactlyInAnyOrder("CN", "MM");
        assertThat(treaty.provisionalArrest()).isEqualTo(ExtendableWindow.of(ofDays(60)));
        assertThat(treaty.supplementaryInformation()).contains(ExtendableWindow.of(ofDays(45), ofDays(15)));
        assertThat(treaty.requiresReciprocityUndertaking()).isFalse();
    }

    @Test
    void exampleTreatyIsInForceFromItsFirstDayOnly() {
        LegalBasis treaty = LegalBases.EXAMPLE_BILATERAL_TREATY;

        assertThat(treaty.inForceOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(treaty.inForceOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void everyBasisHasDistinctIdAndBothTitles() {
        assertThat(LegalBases.ALL).extracting(LegalBasis::id).doesNotHaveDuplicates();
        assertThat(LegalBases.ALL).allSatisfy(basis -> {
            assertThat(basis.title().in("en")).isNotBlank();
            assertThat(basis.title().in("zh-Hans")).isNotBlank();
        });
    }
}

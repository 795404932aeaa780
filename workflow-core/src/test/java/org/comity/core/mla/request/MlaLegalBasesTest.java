package org.comity.core.mla.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.comity.core.text.MultilingualText;
import org.junit.jupiter.api.Test;

class MlaLegalBasesTest {

    private final MlaLegalBases bases = MlaLegalBases.standard();

    @Test
    void theUnConventionsBindChinaAndMyanmar() {
        assertThat(bases.get(MlaLegalBases.UNTOC).binds("CN", "MM")).isTrue();
        assertThat(bases.get(MlaLegalBases.UNCAC).binds("MM", "CN")).isTrue();
    }

    @Test
    void theAseanTreatyBindsMyanmarButNotChina() {
        assertThat(bases.get(MlaLegalBases.ASEAN_MLAT).binds("MM", "TH")).isTrue();
        assertThat(bases.get(MlaLegalBases.ASEAN_MLAT).binds("CN", "MM")).isFalse();
    }

    @Test
    void onlyReciprocityNeedsAnUndertaking() {
        assertThat(bases.all())
                .filteredOn(MlaLegalBasis::requiresReciprocityUndertaking)
                .extracting(MlaLegalBasis::id)
                .containsExactly(MlaLegalBases.RECIPROCITY);
        assertThat(bases.get(MlaLegalBases.RECIPROCITY).binds("CN", "MM")).isTrue();
    }

    @Test
    void refusesABasisRegisteredTwice() {
        MlaLegalBasis basis = new MlaLegalBasis(
                "X", MlaLegalBasisKind.TREATY, MultilingualText.pairs("en", "X", "zh-Hans", "X"), Set.of());
        assertThatThrownBy(() -> new MlaLegalBases(List.of(basis, basis))).isInstanceOf(IllegalArgumentException.class);
    }
}

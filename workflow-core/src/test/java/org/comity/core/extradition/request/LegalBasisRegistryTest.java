package org.comity.core.extradition.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalBasisRegistryTest {

    private final LegalBasisRegistry registry = LegalBasisRegistry.standard();

    @Test
    void findsEveryShippedBasisById() {
        assertThat(registry.all()).containsExactlyInAnyOrderElementsOf(LegalBases.ALL);
        assertThat(registry.get(LegalBases.CN_EXTRADITION_LAW_2000_ID)).isSameAs(LegalBases.CN_EXTRADITION_LAW_2000);
    }

    @Test
    void unknownTreatyReferenceIsNotFound() {
        assertThat(registry.find("CN-NARNIA-TREATY")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> registry.get("CN-NARNIA-TREATY"));
    }

    @Test
    void treatyNotYetInForceIsNotFoundForAnEarlierRequest() {
        String id = LegalBases.EXAMPLE_BILATERAL_TREATY_ID;

        assertThat(registry.findInForce(id, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(registry.findInForce(id, LocalDate.of(2026, 1, 1))).isPresent();
    }
}

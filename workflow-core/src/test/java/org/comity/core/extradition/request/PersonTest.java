package org.comity.core.extradition.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.person.Sex;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void namesAndAliasesAreNormalisedToNfc() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n"; // e + combining circumflex + tilde
        Person person = new Person(
                "阮文", decomposed, List.of(decomposed), Sex.MALE, LocalDate.of(1990, 1, 1), List.of("VN"), List.of());

        assertThat(person.nameInLatinScript()).isEqualTo("Nguyễn Văn");
        assertThat(person.aliases()).containsExactly("Nguyễn Văn");
    }

    @Test
    void keepsFullNamesWithoutSplittingThem() {
        Person person = ExtraditionRequests.aMyanmarNational();

        assertThat(person.nameInOriginalScript()).isEqualTo("အောင်ကျော်");
        assertThat(person.nameInLatinScript()).isEqualTo("Aung Kyaw");
    }

    @Test
    void dualNationalHoldsEachNationality() {
        Person person =
                new Person("张伟", "Zhang Wei", null, Sex.MALE, LocalDate.of(1990, 1, 1), List.of("MM", "CN"), null);

        assertThat(person.isNationalOf("CN")).isTrue();
        assertThat(person.isNationalOf("MM")).isTrue();
        assertThat(person.isNationalOf("TH")).isFalse();
        assertThat(person.aliases()).isEmpty();
    }
}

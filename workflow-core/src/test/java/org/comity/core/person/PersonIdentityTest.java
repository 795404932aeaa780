package org.comity.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching one person across records and scripts (legal-domain.md §10 items 22, 24). */
class PersonIdentityTest {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

    @Test
    void sameDateOfBirthAndSameNameInEitherScriptIsTheSamePerson() {
        PersonIdentity request = PersonIdentity.of("张伟", "Zhang Wei", BORN, List.of());

        assertThat(request.sameAs(PersonIdentity.of("张 伟", "ZHANG Wei-", BORN, List.of())))
                .isTrue();
        assertThat(request.sameAs(PersonIdentity.of("张伟", "Chang Wei", BORN, List.of())))
                .as("same characters, another transliteration")
                .isTrue();
        assertThat(request.sameAs(PersonIdentity.of(null, "Zhāng Wěi", BORN, List.of())))
                .as("Latin name only, with tone marks")
                .isTrue();
    }

    @Test
    void aNameAloneOrADateOfBirthAloneIsNotEnough() {
        PersonIdentity request = PersonIdentity.of("张伟", "Zhang Wei", BORN, List.of());

        assertThat(request.sameAs(PersonIdentity.of("张伟", "Zhang Wei", BORN.plusDays(1), List.of())))
                .isFalse();
        assertThat(request.sameAs(PersonIdentity.of("王芳", "Wang Fang", BORN, List.of())))
                .isFalse();
        assertThat(request.sameAs(PersonIdentity.of("张伟", "Zhang Wei", null, List.of())))
                .isFalse();
    }

    @Test
    void aSharedDocumentNumberIsTheSamePersonWhateverTheName() {
        PersonIdentity request = PersonIdentity.of("张伟", "Zhang Wei", BORN, List.of("EA1234567"));

        assertThat(request.sameAs(PersonIdentity.of("张小伟", "Zhang Xiaowei", null, List.of(" ea1234567"))))
                .isTrue();
        assertThat(request.sameAs(PersonIdentity.of("张小伟", "Zhang Xiaowei", null, List.of("EA7654321"))))
                .isFalse();
    }
}

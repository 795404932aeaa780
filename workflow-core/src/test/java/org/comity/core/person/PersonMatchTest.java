package org.comity.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonMatchTest {

    static final LocalDate BORN = LocalDate.of(1983, 2, 28);

    @Test
    void namesTheKeysOnWhichTwoRecordsAgree() {
        PersonMatch match = PersonMatch.between(
                PersonIdentity.of("欧阳修远", "Ouyang Xiuyuan", BORN, List.of("E1", "E2")),
                PersonIdentity.of("欧阳 修远", "OUYANG Xiu-yuan", BORN, List.of("e2 ", "E3")));
        assertThat(match).isEqualTo(new PersonMatch(true, true, true, List.of("E2")));
        assertThat(match.likelySamePerson()).isTrue();
    }

    @Test
    void aLatinNameWithTheDateOfBirthIsEnoughButANameAloneIsNot() {
        PersonIdentity request = PersonIdentity.of("张伟", "Zhang Wei", BORN, List.of());
        PersonMatch sameDay = PersonMatch.between(request, PersonIdentity.of(null, "ZHANG Wei", BORN, List.of()));
        assertThat(sameDay).isEqualTo(new PersonMatch(true, false, true, List.of()));
        assertThat(sameDay.likelySamePerson()).isTrue();
        PersonMatch otherDay =
                PersonMatch.between(request, PersonIdentity.of("张伟", "Zhang Wei", BORN.plusDays(1), List.of()));
        assertThat(otherDay).isEqualTo(new PersonMatch(false, true, true, List.of()));
        assertThat(otherDay.likelySamePerson()).isFalse();
        assertThat(PersonMatch.between(
                                PersonIdentity.of("张伟", "Zhang Wei", null, List.of()),
                                PersonIdentity.of("张伟", "Zhang Wei", null, List.of()))
                        .dateOfBirth())
                .as("unknown is no match")
                .isFalse();
    }

    @Test
    void aSharedDocumentNumberIsEnoughWhateverElseDiffers() {
        PersonMatch match = PersonMatch.between(
                PersonIdentity.of("诸葛明", "Zhuge Ming", BORN, List.of("E12345678")),
                PersonIdentity.of("诸葛明", "Chu-ko Ming", BORN.plusDays(1), List.of("E12345678")));
        assertThat(match).isEqualTo(new PersonMatch(false, true, false, List.of("E12345678")));
        assertThat(match.likelySamePerson()).isTrue();
    }
}

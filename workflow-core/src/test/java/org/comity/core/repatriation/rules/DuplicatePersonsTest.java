package org.comity.core.repatriation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.comity.core.person.PersonKeys;
import org.comity.core.person.Sex;
import org.comity.core.repatriation.request.FoundDocumentType;
import org.comity.core.repatriation.request.PersonCategory;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** legal-domain.md §10 item 24: the same person across scripts, spellings and batches. */
class DuplicatePersonsTest {

    private static final LocalDate DOB = LocalDate.of(1990, 5, 17);
    private static final DuplicatePersons.Known NOTHING_KNOWN = new DuplicatePersons.Known(Set.of(), Set.of());

    @Test
    void findsTheSamePersonSpelledDifferentlyInLatinScript() {
        List<FieldError> errors = check(
                List.of(person("王小明", "WANG Xiaoming", DOB, null), person(null, "Wáng Xiǎo-Míng", DOB, null)),
                NOTHING_KNOWN);

        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("persons[1].nameLatin", "Duplicate"));
    }

    @Test
    void findsTheSamePersonByOriginalScriptWhateverTheTransliteration() {
        List<FieldError> errors = check(
                List.of(person("王小明", "WANG Xiaoming", DOB, null), person("王 小明", "WONG Siu Ming", DOB, null)),
                NOTHING_KNOWN);

        assertThat(errors).extracting(FieldError::rule).containsExactly("Duplicate");
    }

    @Test
    void keepsNamesakesBornOnOtherDays() {
        assertThat(check(
                        List.of(
                                person("王小明", "WANG Xiaoming", DOB, null),
                                person("王小明", "WANG Xiaoming", DOB.plusDays(1), null)),
                        NOTHING_KNOWN))
                .isEmpty();
    }

    @Test
    void findsADocumentNumberUsedTwice() {
        List<FieldError> errors = check(
                List.of(
                        person("李娜", "LI Na", DOB, "E12345678"),
                        person("张伟", "ZHANG Wei", DOB.minusYears(3), "E12345678")),
                NOTHING_KNOWN);

        assertThat(errors).extracting(FieldError::field).containsExactly("persons[1].identityDocuments[0].number");
    }

    @Test
    void findsPersonsAlreadyRegisteredInAnEarlierBatch() {
        NewPerson earlier = person("王小明", "WANG Xiaoming", DOB, "E00000001");
        DuplicatePersons.Known known =
                new DuplicatePersons.Known(Set.copyOf(DuplicatePersons.nameKeys(earlier)), Set.of("E00000001"));

        List<FieldError> errors = check(List.of(person("王小明", "Wang Xiao Ming", DOB, "E00000001")), known);

        assertThat(errors).extracting(FieldError::rule).containsExactly("AlreadyKnown", "AlreadyKnown");
    }

    private static List<FieldError> check(List<NewPerson> batch, DuplicatePersons.Known known) {
        List<FieldError> errors = new ArrayList<>();
        DuplicatePersons.check(batch, known, errors);
        return errors;
    }

    private static NewPerson person(String original, String latin, LocalDate dob, String passport) {
        List<NewPerson.IdentityDocument> documents = passport == null
                ? List.of()
                : List.of(new NewPerson.IdentityDocument(FoundDocumentType.PASSPORT, passport, null));
        return new NewPerson(
                UUID.randomUUID(),
                original,
                latin,
                PersonKeys.of(original, latin),
                Sex.MALE,
                dob,
                "CN",
                documents,
                UUID.randomUUID(),
                PersonCategory.SUSPECT);
    }
}

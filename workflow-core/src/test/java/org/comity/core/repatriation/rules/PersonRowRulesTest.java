package org.comity.core.repatriation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRowRulesTest {

    private static final PersonRowRules RULES =
            new PersonRowRules(Map.of("KK Park", UUID.randomUUID()), LocalDate.of(2026, 3, 1));

    @Test
    void acceptsAValidDetainee() {
        List<FieldError> errors = new ArrayList<>();
        NewPerson person = RULES.check(0, row("1990-02-28", "E12345678", "KK Park"), errors);

        assertThat(errors).isEmpty();
        assertThat(person.nameLatin()).isEqualTo("WANG Xiaoming");
        assertThat(person.keys().latin()).isEqualTo("wangxiaoming");
    }

    @ParameterizedTest
    @CsvSource({
        "2023-02-29, E12345678, KK Park, dateOfBirth, Date",
        "2027-01-01, E12345678, KK Park, dateOfBirth, Past",
        "1890-01-01, E12345678, KK Park, dateOfBirth, Age",
        "1990-01-01, E1234５678, KK Park, identityDocuments[0].number, Pattern",
        "1990-01-01, e12345678, KK Park, identityDocuments[0].number, Pattern",
        "1990-01-01, E12345678, Unknown Park, callCentre, CallCentreOfOperation"
    })
    void namesTheRowFieldAndRuleOfEveryProblem(String dob, String passport, String centre, String field, String rule) {
        List<FieldError> errors = new ArrayList<>();

        assertThat(RULES.check(17, row(dob, passport, centre), errors)).isNull();

        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("persons[17]." + field, rule));
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        List<FieldError> errors = new ArrayList<>();
        RULES.check(3, new PersonInput(null, null, "M", "yesterday", "XX", List.of(), null, "VICTIM"), errors);

        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly(
                        "persons[3].nameLatin",
                        "persons[3].sex",
                        "persons[3].dateOfBirth",
                        "persons[3].claimedNationality",
                        "persons[3].callCentre",
                        "persons[3].category");
    }

    @ParameterizedTest
    @CsvSource({"OTHER", "female", "F"})
    void takesTheSexesOfAnArrestListOnlyNamingThemInTheirOrder(String sex) {
        List<FieldError> errors = new ArrayList<>();
        RULES.check(
                0,
                new PersonInput("王小明", "WANG Xiaoming", sex, "1990-02-28", "CN", List.of(), "KK Park", "SUSPECT"),
                errors);

        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "persons[0].sex", "Option", "must be one of [MALE, FEMALE, UNKNOWN]"));
    }

    @ParameterizedTest
    @CsvSource({"MALE", "FEMALE", "UNKNOWN"})
    void acceptsEachSexOfAnArrestList(String sex) {
        List<FieldError> errors = new ArrayList<>();
        NewPerson person = RULES.check(
                0,
                new PersonInput(null, "WANG Xiaoming", sex, "1990-02-28", "CN", List.of(), "KK Park", "SUSPECT"),
                errors);

        assertThat(errors).isEmpty();
        assertThat(person.sex().name()).isEqualTo(sex);
    }

    private static PersonInput row(String dob, String passport, String centre) {
        return new PersonInput(
                "王小明",
                " WANG Xiaoming ",
                "MALE",
                dob,
                "CN",
                List.of(new PersonInput.DocumentInput("PASSPORT", passport, "2030-01-01")),
                centre,
                "SUSPECT");
    }
}

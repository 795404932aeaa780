package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows of a draft: added up to their maximum, removed down to their minimum, later rows moving up. */
class DraftValuesTest {

    static final WizardRows OFFENCES = WizardRows.of(
            "offences", 1, 3, WizardField.of("description", Input.TEXT), WizardField.of("place", Input.TEXT));

    @Test
    void removingARowMovesTheLaterRowsUpAndLeavesOtherListsAlone() {
        DraftValues values = new DraftValues(
                Map.of(
                        "offences[0].description",
                        "first",
                        "offences[1].description",
                        "second",
                        "offences[2].description",
                        "third",
                        "offences[2].place",
                        "Kunming",
                        "offencesSummary",
                        "kept"),
                Map.of("offences", 3));
        assertThat(values.removeRow(OFFENCES, 1)).isTrue();
        assertThat(values.rows(OFFENCES)).isEqualTo(2);
        assertThat(values.content().values())
                .containsOnly(
                        Map.entry("offences[0].description", "first"),
                        Map.entry("offences[1].description", "third"),
                        Map.entry("offences[1].place", "Kunming"),
                        Map.entry("offencesSummary", "kept"));
    }

    @Test
    void removingARowMovesTheListsInsideTheLaterRowsWithThem() {
        WizardRows persons = WizardRows.of("persons", 0, 5, WizardField.of("name", Input.TEXT))
                .withLists(WizardRows.of("nationalities", 1, 5, WizardField.of("", Input.TEXT)));
        DraftValues values = new DraftValues(
                Map.of(
                        "persons[0].name",
                        "Li Na",
                        "persons[0].nationalities[1]",
                        "MM",
                        "persons[1].name",
                        "Zhang Wei",
                        "persons[1].nationalities[2]",
                        "TH"),
                Map.of("persons", 2, "persons[0].nationalities", 2, "persons[1].nationalities", 3));
        assertThat(values.removeRow(persons, 0)).isTrue();
        assertThat(values.content().values())
                .containsOnly(
                        Map.entry("persons[0].name", "Zhang Wei"), Map.entry("persons[0].nationalities[2]", "TH"));
        assertThat(values.content().rows())
                .containsOnly(Map.entry("persons", 1), Map.entry("persons[0].nationalities", 3));
        assertThat(values.rows(persons.in(0, persons.lists().get(0)))).isEqualTo(3);
    }

    @Test
    void keepsRowsBetweenTheirMinimumAndMaximum() {
        DraftValues values = DraftValues.empty();
        assertThat(values.rows(OFFENCES)).isEqualTo(1);
        assertThat(values.removeRow(OFFENCES, 0)).isFalse();
        assertThat(values.addRow(OFFENCES)).isEqualTo(1);
        assertThat(values.addRow(OFFENCES)).isEqualTo(2);
        assertThat(values.addRow(OFFENCES)).isEqualTo(-1);
        assertThat(values.rows(OFFENCES)).isEqualTo(3);
        assertThat(values.removeRow(OFFENCES, 7)).isFalse();
        assertThat(new DraftValues(Map.of(), Map.of("offences", 999)).rows(OFFENCES))
                .isEqualTo(3);
    }

    @Test
    void aBlankValueIsNoValue() {
        DraftValues values = DraftValues.empty();
        values.put("person.sex", "MALE");
        values.put("person.sex", "  ");
        assertThat(values.get("person.sex")).isNull();
        assertThat(values.content().values()).isEmpty();
    }
}

package org.comity.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of a search by name: normalised like stored names, matched as a prefix, refused when no name. */
class PersonSearchTest {

    @ParameterizedTest
    @CsvSource({
        "张伟, 张伟%, 张伟%",
        "'  张 伟 ', 张伟%, 张伟%",
        "Zhang Wei, ZhangWei%, zhangwei%",
        "ZHANG wei, ZHANGwei%, zhangwei%",
        "Wáng Xiǎo-Míng, WángXiǎo-Míng%, wangxiaoming%"
    })
    void normalisesTheTextLikeStoredNames(String text, String original, String latin) {
        PersonSearch.Patterns patterns = PersonSearch.patterns(PersonSearch.checked(text));
        assertThat(patterns.original()).isEqualTo(original);
        assertThat(patterns.latin()).isEqualTo(latin);
    }

    @Test
    void takesLikeWildcardsLiterally() {
        assertThat(PersonSearch.patterns("a%b_c!").latin()).isEqualTo("a!%b!_c!!%");
    }

    @Test
    void treatsBlankAsNoCriterion() {
        assertThat(new TaskFilter(null, null, null, Assignment.ANY, null, "   ").person())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "'张\u0007伟', ControlCharacter",
        "'Zhang\u202EWei', InvisibleCharacter",
        "'---', Letter",
        "'12345', Letter"
    })
    void refusesTextThatIsNoName(String text, String rule) {
        assertThatThrownBy(() -> new TaskFilter(null, null, null, Assignment.ANY, null, text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("person");
                    assertThat(e.errors().get(0).rule()).isEqualTo(rule);
                });
    }

    @Test
    void refusesMoreThan200Characters() {
        assertThat(PersonSearch.checked("x".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> PersonSearch.checked("x".repeat(201))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void takesThePageTotalFromTheCountsOnlyForAQuickFilter() {
        TaskCounts counts = new TaskCounts(50, 3, 40, 7);
        assertThat(counts.totalOf(TaskFilter.ALL)).hasValue(50);
        assertThat(counts.totalOf(TaskFilter.ALL.withAssignment(Assignment.MINE)))
                .hasValue(3);
        assertThat(counts.totalOf(TaskFilter.ALL.withAssignment(Assignment.UNCLAIMED)))
                .hasValue(40);
        assertThat(counts.totalOf(TaskFilter.ALL.withOverdue(true))).hasValue(7);
        assertThat(counts.totalOf(TaskFilter.ALL.withOverdue(false))).isEmpty();
        assertThat(counts.totalOf(TaskFilter.ALL.withOverdue(true).withAssignment(Assignment.MINE)))
                .isEmpty();
        assertThat(counts.totalOf(new TaskFilter(null, null, null, Assignment.ANY, 7)))
                .isEmpty();
    }
}

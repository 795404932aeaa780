package org.comity.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "欧阳娜娜", "မောင်မောင်", "José Núñez", "O'Brien-Smith", "Aung Ko Ko", "ကျော်\u200Cဇင်"})
    void acceptsNamesInTheirOwnScript(String name) {
        assertThat(NameText.problem(NameText.normalise(name), false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'WANG\u202EXiaoming', InvisibleCharacter",
        "'王\u200B小明', InvisibleCharacter",
        "'\uFEFFWANG Wei', InvisibleCharacter",
        "'LI\u2066Na', InvisibleCharacter",
        "'ZHANG\u0000Wei', ControlCharacter",
        "'CHEN\u00ADMin', InvisibleCharacter",
        "'LIU\uD800Yang', Encoding"
    })
    void refusesInvisibleAndBidiCharacters(String name, String rule) {
        assertThat(NameText.problem(name, false)).get().extracting(p -> p[0]).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WАNG Wei", "王小明", "ＷＡＮＧ Wei"})
    void refusesNonLatinLettersInTheLatinName(String name) {
        assertThat(NameText.problem(name, true)).get().extracting(p -> p[0]).isEqualTo("LatinScript");
    }

    @org.junit.jupiter.api.Test
    void storesNamesInNfc() {
        assertThat(NameText.normalise("Jose\u0301")).isEqualTo("José");
    }
}

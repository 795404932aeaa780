package org.comity.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The strict reading of JSON bodies, field type by field type (issue #14). */
class StrictJsonTest {

    private static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json()
            .postConfigurer(StrictJson::configure)
            .build();

    enum Sex {
        MALE,
        FEMALE
    }

    record Person(
            String name, Sex sex, LocalDate dateOfBirth, Integer months, Boolean confirmed, List<String> aliases) {}

    private static Person read(String json) throws Exception {
        return MAPPER.readValue(json, Person.class);
    }

    @Test
    void readsValuesOfTheirOwnJsonTypeAndNormalisesText() throws Exception {
        Person person = read("{\"name\":\"Nguye\\u0302\\u0303n\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"1990-02-28\","
                + "\"months\":12,\"confirmed\":true,\"aliases\":[\"a\\r\\nb\"]}");
        assertThat(person)
                .isEqualTo(new Person("Nguy\u1EC5n", Sex.FEMALE, LocalDate.of(1990, 2, 28), 12, true, List.of("a\nb")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"sex\":0}",
                "{\"sex\":\"0\"}",
                "{\"sex\":\"\"}",
                "{\"dateOfBirth\":12345}",
                "{\"dateOfBirth\":[1990,1,1]}",
                "{\"dateOfBirth\":\"0000-01-01\"}",
                "{\"dateOfBirth\":\"2025-02-30\"}",
                "{\"dateOfBirth\":\"+999999999-12-31\"}",
                "{\"dateOfBirth\":\"19900101\"}",
                "{\"dateOfBirth\":\"1990-01-01T00:00:00Z\"}",
                "{\"dateOfBirth\":\"\"}",
                "{\"months\":\"12\"}",
                "{\"months\":12.5}",
                "{\"months\":true}",
                "{\"confirmed\":1}",
                "{\"confirmed\":\"true\"}",
                "{\"name\":0}",
                "{\"name\":true}",
                "{\"name\":[\"a\"]}",
                "{\"aliases\":\"a\"}",
                "{\"aliases\":[1]}"
            })
    void refusesEveryScalarCoercionNamingTheField(String json) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e ->
                        assertThat(((MismatchedInputException) e).getPath()).isNotEmpty());
    }

    @Test
    void refusesADuplicateKeyAndTrailingTokens() {
        assertThatThrownBy(() -> read("{\"name\":\"a\",\"name\":\"b\"}"))
                .hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> read("{\"name\":\"a\"} {}")).hasMessageContaining("Trailing token");
    }
}

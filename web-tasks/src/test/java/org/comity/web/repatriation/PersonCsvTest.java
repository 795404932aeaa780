package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.validation.InvalidInputException;
import org.comity.web.demo.DemoOperationGenerator;
import org.junit.jupiter.api.Test;

class PersonCsvTest {

    @Test
    void readsTheSamePersonsAsTheJsonBatch() {
        List<PersonInput> persons = DemoOperationGenerator.persons(7, 40);

        assertThat(PersonCsv.read(PersonBatchIT.csv(persons).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(persons);
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        assertThat(PersonCsv.records("a,\"b,\"\"c\"\"\r\nd\",e\r\n\r\nf,g,h\n"))
                .containsExactly(List.of("a", "b,\"c\"\r\nd", "e"), List.of("f", "g", "h"));
    }

    @Test
    void refusesAnUnknownHeaderMalformedUtf8AndRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> PersonCsv.read("name,dob\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).rule()).isEqualTo("Header"));
        assertThatThrownBy(() -> PersonCsv.read(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).rule()).isEqualTo("Encoding"));
        assertThatThrownBy(() -> PersonCsv.read((PersonCsv.HEADER + "\nWANG,1990\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("persons[0]"));
    }
}

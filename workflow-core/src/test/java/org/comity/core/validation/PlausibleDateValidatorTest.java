package org.comity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Birth from 1900 (the future is its own rule's), expiry from 1900 to 30 years ahead, measured on
 * the validation clock.
 */
class PlausibleDateValidatorTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> TODAY)
            .buildValidatorFactory();

    record Dates(
            @PlausibleDate LocalDate dateOfBirth,
            @PlausibleDate(yearsAhead = 30) LocalDate expiry) {}

    @ParameterizedTest(name = "birth {0}, expiry {1}: {2}")
    @CsvSource({
        "1900-01-01, 2056-12-07, ''",
        "2026-12-07, 1900-01-01, ''",
        "1899-12-31, 2030-01-01, dateOfBirth",
        "0000-01-01, 2030-01-01, dateOfBirth",
        "2026-12-08, 2030-01-01, ''",
        "1990-01-01, 2056-12-08, expiry",
        "1990-01-01, 2568-01-01, expiry",
        "1990-01-01, 1899-12-31, expiry"
    })
    void refusesDatesOutsideTheirPlausibleRange(LocalDate birth, LocalDate expiry, String refused) {
        List<FieldError> errors =
                Violations.toFieldErrors(FACTORY.getValidator().validate(new Dates(birth, expiry)));
        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactlyElementsOf(refused.isEmpty() ? List.of() : List.of(refused));
        errors.forEach(e -> assertThat(e.rule()).isEqualTo("PlausibleDate"));
    }
}

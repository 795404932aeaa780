package org.comity.core.extradition.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.assurance.AssuranceFixtures.noDeathPenalty;
import static org.comity.core.extradition.assurance.AssuranceFixtures.prosecutionLimitedTo;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.request.ExtraditionRequests;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.ProceedingRequest.LaterOffence;
import org.comity.core.law.Penalty;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** Prosecution stays within a limit assured: legal-domain.md §2.4 step 4, §9 item 13; S10 Art. 50. */
class ProsecutionWithinAssuranceTest {

    private static final Offence FRAUD = ExtraditionRequests.aTelecomFraud();
    private static final Offence LAUNDERING = new Offence(
            "Laundering the proceeds",
            "Penal Code s. 414",
            null,
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2025, 9, 30),
            "Myawaddy, Kayin State",
            Penalty.months(60));
    private static final List<Offence> REQUEST = List.of(FRAUD, LAUNDERING);

    @Test
    void anOffenceNamedInTheLimitMayBeProsecuted() {
        assertThat(check(later("penal code  S. 420", 2025, 8), prosecutionLimitedTo(0)))
                .isEmpty();
    }

    @Test
    void anOffenceOfTheRequestNotNamedIsOutsideTheLimit() {
        List<FieldError> errors = check(later("Penal Code s. 414", 2025, 8), prosecutionLimitedTo(0));

        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("offence", ProsecutionWithinAssurance.RULE));
        assertThat(errors.get(0).message()).contains("decided by CN_SPP").contains("[0]");
    }

    @Test
    void anOffenceOutsideTheRequestIsOutsideTheLimit() {
        assertThat(check(later("Anti-Money Laundering Law s. 43", 2025, 8), prosecutionLimitedTo(0, 1)))
                .hasSize(1);
        assertThat(check(later("Penal Code s. 420", 2024, 1), prosecutionLimitedTo(0, 1)))
                .as("same provision, conduct a year before")
                .hasSize(1);
    }

    @Test
    void otherAssurancesDoNotLimitProsecution() {
        assertThat(check(later("Anti-Money Laundering Law s. 43", 2025, 8), noDeathPenalty()))
                .isEmpty();
    }

    private static List<FieldError> check(LaterOffence later, Assurance... assurances) {
        return ProsecutionWithinAssurance.check(List.of(assurances), REQUEST, later);
    }

    private static LaterOffence later(String provision, int year, int month) {
        return new LaterOffence(
                "Conduct charged later", provision, LocalDate.of(year, month, 1), LocalDate.of(year, month, 28));
    }
}

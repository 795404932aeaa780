package org.comity.core.extradition.speciality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.extradition.GrantedOffence;
import org.comity.core.extradition.ProceedingStatus;
import org.comity.core.extradition.request.ProceedingKind;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.extradition.request.ProceedingRequest.LaterOffence;
import org.comity.core.extradition.request.SpecialityBasis;
import org.comity.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** The rule of speciality: legal-domain.md §9 item 12; S10 Art. 14(1); S18 Art. 13; S1 Art. 14. */
class SpecialityProtectionTest {

    private static final LocalDate SURRENDERED = LocalDate.of(2026, 5, 10);
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final SpecialityProtection.Register REGISTER = new SpecialityProtection.Register(
            SURRENDERED,
            List.of(new GrantedOffence(
                    "Telecom fraud", "Penal Code s. 420", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31))),
            Period.ofDays(30));

    private static final LaterOffence LAUNDERING = new LaterOffence(
            "Laundering the proceeds",
            "Anti-Money Laundering Law s. 43",
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2025, 9, 30));

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void consentForAnotherPreSurrenderOffenceIsRequestedNotAssumed() {
        assertThat(assess(request(LAUNDERING, SpecialityBasis.CONSENT))).isEqualTo(ProceedingStatus.CONSENT_REQUESTED);
        assertThat(errors).isEmpty();
    }

    @Test
    void stayingMoreThanThirtyDaysAfterDischargeEndsTheProtection() {
        LocalDate discharged = LocalDate.of(2027, 3, 1);
        assertThat(assess(stayed(discharged, discharged.plusDays(31)))).isEqualTo(ProceedingStatus.ALLOWED);

        assertThat(assess(stayed(discharged, discharged.plusDays(30)))).isNull();
        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stillPresentOn", "WindowToLeave"));
    }

    @Test
    void leavingAndComingBackVoluntarilyEndsTheProtection() {
        ProceedingRequest back = new ProceedingRequest(
                LAUNDERING,
                ProceedingKind.PROSECUTION,
                SpecialityBasis.RETURNED_VOLUNTARILY,
                null,
                null,
                LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 2, 1));
        assertThat(assess(back)).isEqualTo(ProceedingStatus.ALLOWED);

        ProceedingRequest leftBeforeSurrender = new ProceedingRequest(
                LAUNDERING,
                ProceedingKind.PROSECUTION,
                SpecialityBasis.RETURNED_VOLUNTARILY,
                null,
                null,
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2027, 2, 1));
        assertThat(assess(leftBeforeSurrender)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("leftOn");
    }

    @Test
    void factsTheBasisNeedsAreRequiredAndNotInTheFuture() {
        assertThat(assess(stayed(null, TODAY.plusDays(1)))).isNull();
        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dischargedOn", "NotNull"),
                        org.assertj.core.groups.Tuple.tuple("stillPresentOn", "SinceSurrender"));
    }

    @Test
    void aGrantedOffenceNeedsNoRecord() {
        LaterOffence sameFraud = new LaterOffence(
                "Fraud, restated", "penal code s. 420", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));

        assertThat(assess(request(sameFraud, SpecialityBasis.CONSENT))).isNull();
        assertThat(errors).extracting(FieldError::rule).containsExactly("NotGranted");
    }

    @Test
    void anOffenceCommittedAfterTheSurrenderIsOutsideTheRule() {
        LaterOffence later =
                new LaterOffence("Assault in custody", "Criminal Law Art. 234", SURRENDERED, SURRENDERED.plusDays(3));

        assertThat(assess(request(later, SpecialityBasis.CONSENT))).isNull();
        assertThat(errors).extracting(FieldError::rule).containsExactly("CommittedBeforeSurrender");
    }

    private ProceedingStatus assess(ProceedingRequest request) {
        errors.clear();
        return SpecialityProtection.assess(REGISTER, request, TODAY, errors);
    }

    private static ProceedingRequest request(LaterOffence offence, SpecialityBasis basis) {
        return new ProceedingRequest(offence, ProceedingKind.PROSECUTION, basis, null, null, null, null);
    }

    private static ProceedingRequest stayed(LocalDate dischargedOn, LocalDate presentOn) {
        return new ProceedingRequest(
                LAUNDERING,
                ProceedingKind.ENFORCEMENT,
                SpecialityBasis.STAYED_AFTER_DISCHARGE,
                dischargedOn,
                presentOn,
                null,
                null);
    }
}

package org.comity.core.extradition.speciality;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.comity.core.extradition.GrantedOffence;
import org.comity.core.extradition.ProceedingStatus;
import org.comity.core.extradition.decision.SameOffence;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.extradition.request.SpecialityBasis;
import org.comity.core.validation.FieldError;

/**
 * The rule of speciality ({@code reference/legal-domain.md} §9 item 12, §2.6.3 item 1; S10
 * Art. 14(1); S18 Art. 13; S1 Art. 14): a surrendered person may be proceeded against, detained or
 * re-extradited for an offence committed before the surrender only if it is one extradition was
 * granted for, or the requested state consents, or the person, free to leave after final discharge,
 * stayed longer than the legal basis' window (China: more than 30 days), or left and came back
 * voluntarily. Offences committed after the surrender are outside the rule.
 */
final class SpecialityProtection {

    private SpecialityProtection() {}

    /**
     * What the register holds for one surrendered person.
     *
     * @param surrenderedOn the day of the surrender, in the requested state's zone
     * @param granted the offences extradition was granted for
     * @param window the legal basis' window to leave after final discharge
     */
    public record Register(LocalDate surrenderedOn, List<GrantedOffence> granted, Period window) {

        public Register {
            granted = List.copyOf(granted);
        }
    }

    /**
     * The status a proceeding gets, or the errors that refuse it (added to {@code errors}, status
     * {@code null}).
     *
     * @param today the current date, for "not in the future"
     */
    public static ProceedingStatus assess(
            Register register, ProceedingRequest request, LocalDate today, List<FieldError> errors) {
        ProceedingRequest.LaterOffence offence = request.offence();
        if (offence.dateTo().isBefore(offence.dateFrom())) {
            errors.add(new FieldError("offence.dateTo", "OffenceChronology", "must not be before the first day"));
        } else if (!offence.dateFrom().isBefore(register.surrenderedOn())) {
            errors.add(new FieldError(
                    "offence.dateFrom",
                    "CommittedBeforeSurrender",
                    "must be before the surrender on " + register.surrenderedOn()
                            + ": speciality does not cover later offences"));
        } else if (register.granted().stream()
                .anyMatch(g -> SameOffence.of(
                        g.provision(),
                        g.dateFrom(),
                        g.dateTo(),
                        offence.provisionInRequestingLaw(),
                        offence.dateFrom(),
                        offence.dateTo()))) {
            errors.add(new FieldError(
                    "offence", "NotGranted", "is an offence extradition was granted for: no consent is needed"));
        }
        switch (request.basis()) {
            case STAYED_AFTER_DISCHARGE -> stayed(register, request, today, errors);
            case RETURNED_VOLUNTARILY -> returned(register, request, today, errors);
            case CONSENT -> {}
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return request.basis() == SpecialityBasis.CONSENT
                ? ProceedingStatus.CONSENT_REQUESTED
                : ProceedingStatus.ALLOWED;
    }

    private static void stayed(Register register, ProceedingRequest request, LocalDate today, List<FieldError> errors) {
        boolean discharged = day(request.dischargedOn(), "dischargedOn", register.surrenderedOn(), today, errors);
        boolean present = day(request.stillPresentOn(), "stillPresentOn", register.surrenderedOn(), today, errors);
        if (discharged
                && present
                && !request.stillPresentOn().isAfter(request.dischargedOn().plus(register.window()))) {
            errors.add(new FieldError(
                    "stillPresentOn",
                    "WindowToLeave",
                    "must be after "
                            + request.dischargedOn().plus(register.window()) + ": after discharge the person has "
                            + register.window().getDays() + " days to leave before speciality ends"));
        }
    }

    private static void returned(
            Register register, ProceedingRequest request, LocalDate today, List<FieldError> errors) {
        boolean left = day(request.leftOn(), "leftOn", register.surrenderedOn(), today, errors);
        boolean back = day(request.returnedOn(), "returnedOn", register.surrenderedOn(), today, errors);
        if (left && back && !request.returnedOn().isAfter(request.leftOn())) {
            errors.add(new FieldError("returnedOn", "ReturnAfterLeaving", "must be after the day the person left"));
        }
    }

    /** A required day between the surrender and today. */
    private static boolean day(
            LocalDate day, String field, LocalDate surrenderedOn, LocalDate today, List<FieldError> errors) {
        if (day == null) {
            errors.add(new FieldError(field, "NotNull", "must be given for this basis"));
        } else if (day.isBefore(surrenderedOn) || day.isAfter(today)) {
            errors.add(new FieldError(
                    field, "SinceSurrender", "must lie between the surrender on " + surrenderedOn + " and today"));
        } else {
            return true;
        }
        return false;
    }
}

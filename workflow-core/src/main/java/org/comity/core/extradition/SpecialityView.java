package org.comity.core.extradition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.request.ProceedingKind;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.extradition.request.SpecialityBasis;

/**
 * The speciality register of one case as the case view shows it.
 *
 * @param surrenderedOn the day of the surrender
 * @param windowDays days the person has to leave after final discharge
 * @param grantedOffences the offences extradition was granted for
 * @param proceedings later proceedings for other pre-surrender offences, oldest first
 */
public record SpecialityView(
        LocalDate surrenderedOn, int windowDays, List<GrantedOffence> grantedOffences, List<Proceeding> proceedings) {

    /** One recorded proceeding and where it stands. */
    public record Proceeding(
            String id,
            ProceedingRequest.LaterOffence offence,
            ProceedingKind proceeding,
            SpecialityBasis basis,
            LocalDate dischargedOn,
            LocalDate stillPresentOn,
            LocalDate leftOn,
            LocalDate returnedOn,
            ProceedingStatus status,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionReasons) {}
}

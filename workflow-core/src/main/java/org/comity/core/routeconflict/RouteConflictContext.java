package org.comity.core.routeconflict;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.person.PersonMatch;

/**
 * What the holding state's supervisor weighs when deciding a route conflict (legal-domain.md §10
 * item 22): the person as the repatriation registered them, the person as the extradition request
 * describes them, the request's offences, and the identifying facts on which the two were matched.
 *
 * @param conflictId the route conflict
 * @param status {@code OPEN} until decided, then {@code DECIDED}
 * @param held the person in the joint operation, under the operation's case
 * @param sought the person sought, under the extradition case
 * @param requestingState the state requesting extradition
 * @param offences the offences of the request, with their dates
 * @param match the facts on which the two records agree
 */
public record RouteConflictContext(
        String conflictId,
        String status,
        Side held,
        Side sought,
        String requestingState,
        List<SoughtPersons.Offence> offences,
        PersonMatch match) {

    public RouteConflictContext {
        offences = List.copyOf(offences);
    }

    /**
     * One record of the person.
     *
     * @param caseId the operation or the extradition case
     * @param caseReference that case's reference
     * @param personId the person's id in the operation; {@code null} for the person sought
     */
    public record Side(
            String caseId,
            String caseReference,
            String personId,
            String nameInOriginalScript,
            String nameInLatinScript,
            LocalDate dateOfBirth,
            List<String> documentNumbers) {

        public Side {
            documentNumbers = List.copyOf(documentNumbers);
        }
    }
}

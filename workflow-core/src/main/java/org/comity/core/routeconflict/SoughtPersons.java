package org.comity.core.routeconflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.person.PersonIdentity;

/**
 * The feature whose requests seek a person (extradition), as route conflicts see it: the person a
 * case seeks, the pending requests a state has received, and what the supervisor deciding a route
 * reads of a request. The feature also announces a received request with {@link PersonSought}.
 */
public interface SoughtPersons {

    /**
     * A pending request and the person it seeks.
     *
     * @param caseId the requesting case
     * @param identity what identifies the person sought
     */
    record Sought(UUID caseId, PersonIdentity identity) {}

    /**
     * A request as the holding state's supervisor weighs it.
     *
     * @param offences the offences of the request, with their dates
     */
    record Request(
            String nameInOriginalScript,
            String nameInLatinScript,
            LocalDate dateOfBirth,
            List<String> documentNumbers,
            List<Offence> offences) {

        public Request {
            documentNumbers = List.copyOf(documentNumbers);
            offences = List.copyOf(offences);
        }
    }

    /** An offence of the request, as the requesting state describes it. */
    record Offence(
            String description, String provisionInRequestingLaw, LocalDate dateFrom, LocalDate dateTo, String place) {}

    /** What identifies the person the case's request seeks, if the case is one of this feature's. */
    Optional<PersonIdentity> soughtIn(UUID caseId);

    /** The requests to {@code requestedState} that are not yet closed, with the persons they seek. */
    List<Sought> pendingTo(String requestedState);

    /** Whether {@code requestedState} has received the case's request (its examination has started). */
    boolean received(UUID caseId);

    /** The case's request as the supervisor reads it. */
    Optional<Request> request(UUID caseId);
}

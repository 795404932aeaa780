package org.comity.core.extradition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.extradition.request.ExtraditionRequest;

/**
 * What the web layer and other features may read of extradition cases: the stored request of a case,
 * the refusal grounds found for it, and the requests still pending with a state, e.g. for
 * repatriation to ask whether a person it holds is sought by a pending extradition (legal-domain.md
 * §10 item 22). Part of the feature's published surface; {@code intake.ExtraditionRecords}
 * implements it over Comity's own tables.
 */
public interface ExtraditionRequests {

    /** The request of the case, as last stored (amendments included). */
    Optional<ExtraditionRequest> requestOfCase(UUID caseId);

    /** The refusal grounds the DMN table found for the case (empty before the examination assessed it). */
    List<GroundFound> grounds(UUID caseId);

    /** The requests of the extradition cases to {@code requested} whose status is one of {@code statuses}. */
    List<EarlierRequest> requestsTo(String requested, List<String> statuses);

    /**
     * The requests to {@code requested} whose case has not ended ({@link ExtraditionStatus#closed()}):
     * the ones an examination or a surrender may still follow.
     */
    default List<EarlierRequest> pendingRequestsTo(String requested) {
        return requestsTo(
                requested,
                Arrays.stream(ExtraditionStatus.values())
                        .filter(s -> !s.closed())
                        .map(Enum::name)
                        .toList());
    }
}

package org.comity.core.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.junit.jupiter.api.Test;

/** The query repatriation asks: which extradition requests to a state are still pending. */
class ExtraditionRequestsTest {

    @Test
    void aPendingRequestIsOneWhoseCaseHasNotEnded() {
        List<String> asked = new ArrayList<>();
        ExtraditionRequests requests = new ExtraditionRequests() {
            @Override
            public Optional<ExtraditionRequest> requestOfCase(UUID caseId) {
                return Optional.empty();
            }

            @Override
            public List<GroundFound> grounds(UUID caseId) {
                return List.of();
            }

            @Override
            public List<EarlierRequest> requestsTo(String requested, List<String> statuses) {
                asked.add(requested);
                asked.addAll(statuses);
                return List.of();
            }
        };

        requests.pendingRequestsTo("CN");

        assertThat(asked).containsExactly("CN", "SUBMITTED", "REQUEST_SENT", "SUPPLEMENTARY_REQUESTED", "GRANTED");
    }
}

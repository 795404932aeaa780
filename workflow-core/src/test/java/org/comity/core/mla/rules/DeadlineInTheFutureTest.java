package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.TODAY;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DeadlineInTheFutureTest {

    private final DeadlineInTheFuture rule = new DeadlineInTheFuture();

    @Test
    void acceptsTomorrowWithAReasonAndNoDeadlineAtAll() {
        var tomorrow = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .deadline(TODAY.plusDays(1), "Trial")
                .build();
        var none = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .deadline(null, null)
                .build();

        assertThat(Rules.check(rule, tomorrow)).isEmpty();
        assertThat(Rules.check(rule, none)).isEmpty();
    }

    @Test
    void rejectsToday() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .deadline(TODAY, "Trial")
                .build();

        assertThat(Rules.check(rule, request)).containsExactly(Violation.error("deadline", "mla.deadline.future"));
    }

    @Test
    void warnsOfADeadlineWithoutReasons() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .deadline(TODAY.plusDays(30), " ")
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.warning("urgencyReason", "mla.deadline.reasonAdvised"));
    }
}

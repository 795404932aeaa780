package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;

import java.time.LocalDate;
import java.time.Period;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.law.Penalty;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RetrialUndertakingForJudgmentInAbsentiaTest {

    private static final String FIELD = "undertakings.retrialIfInAbsentia";

    private final RetrialUndertakingForJudgmentInAbsentia rule = new RetrialUndertakingForJudgmentInAbsentia();

    @Test
    void judgmentInAbsentiaWithRetrialUndertakingIsFine() {
        assertThat(rule.check(request(true, true), Contexts.onRequestDate())).isEmpty();
    }

    @Test
    void judgmentInAbsentiaWithoutRetrialUndertakingIsAnError() {
        assertThat(rule.check(request(true, false), Contexts.onRequestDate()))
                .containsExactly(Violation.error(FIELD, "extradition.undertaking.retrialRequired"));
    }

    @Test
    void retrialUndertakingWithoutJudgmentInAbsentiaIsAWarning() {
        assertThat(rule.check(request(false, true), Contexts.onRequestDate()))
                .containsExactly(Violation.warning(FIELD, "extradition.undertaking.retrialInAbsentiaOnly"));
        assertThat(rule.check(request(false, false), Contexts.onRequestDate())).isEmpty();
    }

    private static ExtraditionRequest request(boolean inAbsentia, boolean retrial) {
        Judgment judgment = new Judgment(
                "Kunming Intermediate People's Court",
                LocalDate.of(2025, 9, 1),
                true,
                inAbsentia,
                Penalty.months(36),
                Period.ofYears(2));
        return RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .judgment(judgment)
                .undertakings(new Undertakings(true, true, retrial, false, false))
                .build();
    }
}

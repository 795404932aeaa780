package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestFromMyanmarForAWitnessStatement;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** legal-domain.md §9 item 8: MLA to China must carry a Chinese translation (ICJA Art. 13). */
class ChineseTranslationForRequestsToChinaTest {

    private final ChineseTranslationForRequestsToChina rule = new ChineseTranslationForRequestsToChina();

    @Test
    void acceptsAnEnglishRequestWithAChineseTranslationOrOneWrittenInChinese() {
        assertThat(Rules.check(rule, aRequestFromMyanmarForAWitnessStatement())).isEmpty();
        var inChinese = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .language("zh")
                .translations()
                .build();
        assertThat(Rules.check(rule, inChinese)).isEmpty();
    }

    @Test
    void rejectsARequestToChinaWithoutChinese() {
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .translations("my")
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("translations", "mla.translation.chinese"));
    }

    @Test
    void asksNothingOfRequestsToMyanmar() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .translations()
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }
}

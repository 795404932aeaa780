package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import java.util.List;
import org.comity.core.extradition.request.Channel;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Channel integrity: legal-domain.md §9 item 1; S10 Arts. 4, 10, 30; S1 Arts. 5, 9. */
class FormalRequestThroughDiplomaticOrDesignatedChannelTest {

    private final FormalRequestThroughDiplomaticOrDesignatedChannel rule =
            new FormalRequestThroughDiplomaticOrDesignatedChannel();

    /** Myanmar asks China under China's statute: no treaty, so no designated authority. */
    @ParameterizedTest(name = "to China without treaty: {0} by {1} -> {2}")
    @CsvSource({
        "ORDINARY,           DIPLOMATIC,           ",
        "ORDINARY,           POLICE,               extradition.channel.provisionalArrestOnly",
        "ORDINARY,           INTERPOL,             extradition.channel.provisionalArrestOnly",
        "ORDINARY,           DESIGNATED_AUTHORITY, extradition.channel.noDesignatedAuthority",
        "PROVISIONAL_ARREST, DIPLOMATIC,           ",
        "PROVISIONAL_ARREST, POLICE,               ",
        "PROVISIONAL_ARREST, INTERPOL,             ",
        "PROVISIONAL_ARREST, DESIGNATED_AUTHORITY, extradition.channel.noDesignatedAuthority"
    })
    void chinasStatuteAcceptsAFormalRequestOnlyThroughTheDiplomaticChannel(
            Urgency urgency, Channel channel, String messageKey) {
        ExtraditionRequest request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .urgency(urgency)
                .channel(channel)
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEqualTo(expected(messageKey));
    }

    /** China asks Myanmar under the example treaty, which designates central authorities. */
    @ParameterizedTest(name = "under a treaty: {0} by {1} -> {2}")
    @CsvSource({
        "ORDINARY,           DESIGNATED_AUTHORITY, ",
        "ORDINARY,           DIPLOMATIC,           ",
        "ORDINARY,           INTERPOL,             extradition.channel.provisionalArrestOnly",
        "PROVISIONAL_ARREST, INTERPOL,             ",
        "PROVISIONAL_ARREST, DESIGNATED_AUTHORITY, "
    })
    void aTreatyThatDesignatesAnAuthorityAddsThatChannel(Urgency urgency, Channel channel, String messageKey) {
        ExtraditionRequest request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .legalBasisId(LegalBases.EXAMPLE_BILATERAL_TREATY_ID)
                .urgency(urgency)
                .channel(channel)
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEqualTo(expected(messageKey));
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"urgency", "channel"})
    void leavesAMissingUrgencyOrChannelToItsFieldConstraint(String missing) {
        RequestBuilder builder =
                RequestBuilder.from(aRequestFromMyanmarForAChineseNational()).channel(Channel.POLICE);
        ExtraditionRequest request = "urgency".equals(missing)
                ? builder.urgency(null).build()
                : builder.channel(null).build();

        assertThat(rule.check(request, Contexts.onRequestDate())).isEmpty();
    }

    private static List<Violation> expected(String messageKey) {
        return messageKey == null ? List.of() : List.of(Violation.error("channel", messageKey));
    }
}

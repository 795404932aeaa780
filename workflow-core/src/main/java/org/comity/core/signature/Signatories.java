package org.comity.core.signature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.comity.core.document.PersonName;
import org.comity.core.document.Signatory;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.CaseSubmissions.Completion;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.springframework.stereotype.Service;

/**
 * Builds the signature block of the officer who recorded an act, from their profile: named officer,
 * title, authority, place, and the day of the act in their state's zone. An act with no named officer
 * in Comity (an agency's submission, or an officer without a profile) is signed for the state's
 * authority with blank lines for name, title and place, to be written in by hand: a document never
 * prints a login id as a signatory's name.
 */
@Service
public class Signatories {

    /** The acts a block is signed for, as printed above it. */
    public static final Text HANDED_OVER_BY = Phrase.of("signature.act.handed-over-by");

    public static final Text RECEIVED_BY = Phrase.of("signature.act.received-by");
    public static final Text DECIDED_BY = Phrase.of("signature.act.decided-by");
    public static final Text AUDITED_BY = Phrase.of("signature.act.audited-by");

    private final OfficerProfiles profiles;
    private final JurisdictionRegistry jurisdictions;

    Signatories(OfficerProfiles profiles, JurisdictionRegistry jurisdictions) {
        this.profiles = profiles;
        this.jurisdictions = jurisdictions;
    }

    /**
     * The block of the officer who completed a step, signing for {@code act} on the day they acted;
     * the state's authority when nobody completed it.
     */
    public Signatory of(Optional<Completion> completion, String jurisdiction, Text act) {
        return completion
                .map(c -> officer(c.username(), jurisdiction, act, c.at()))
                .orElseGet(() -> authority(jurisdiction, act, null));
    }

    /** The named officer's block, or the authority's when the officer has no profile. */
    public Signatory officer(String username, String jurisdiction, Text act, Instant actedAt) {
        LocalDate day =
                actedAt == null ? null : actedAt.atZone(zone(jurisdiction)).toLocalDate();
        return profiles.find(username)
                .map(p -> new Signatory(act, p.name(), p.title(), p.authority(), p.place(), day))
                .orElseGet(() -> authority(jurisdiction, act, day));
    }

    /** A block for the state's competent authority, the officer's name to be written in by hand. */
    public Signatory authority(String jurisdiction, Text act, LocalDate day) {
        Jurisdiction state =
                jurisdiction == null ? null : jurisdictions.find(jurisdiction).orElse(null);
        Text authority = state == null
                ? Phrase.of("authority.joint-oversight")
                : Phrase.of("authority.competent", state.names());
        return new Signatory(act, null, null, authority, null, day);
    }

    /**
     * A block for officers who act outside Comity (e.g. the requesting state's escort taking over a
     * person), named as the other side's officer recorded them: the names printed are the recorded
     * ones, not a profile's, so the block says so, and title and place are left to be written.
     */
    public Signatory recordedBy(String recordedNames, String jurisdiction, Text act, LocalDate day) {
        Signatory authority = authority(jurisdiction, act, day);
        Text recordedAct = Phrase.of("signature.act.names-as-recorded", act);
        return new Signatory(
                recordedAct, new PersonName(recordedNames, recordedNames), null, authority.authority(), null, day);
    }

    private java.time.ZoneId zone(String jurisdiction) {
        return jurisdiction == null
                ? java.time.ZoneOffset.UTC
                : jurisdictions.find(jurisdiction).map(Jurisdiction::zone).orElse(java.time.ZoneOffset.UTC);
    }
}

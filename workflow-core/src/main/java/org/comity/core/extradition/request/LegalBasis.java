package org.comity.core.extradition.request;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.comity.core.text.MultilingualText;

/**
 * The instrument an extradition request relies on, with the time limits and thresholds it sets.
 * Bilateral treaties fix the UN Model Treaty's bracketed values differently, so every limit is
 * stored per legal basis and never globally ({@code reference/legal-domain.md} §2.1, §2.5).
 *
 * @param id stable identifier used in requests, process variables and the DMN tables
 * @param kind treaty, convention or statute applied on reciprocity
 * @param title the instrument's title, in the languages it is known in
 * @param parties ISO 3166-1 alpha-2 codes of the states bound; a statute has only its own state
 * @param inForceFrom first day on which a request may rely on this basis
 * @param provisionalArrest days the requested state waits for the formal request after a
 *     provisional arrest, with its single extension
 * @param supplementaryInformation days the requesting state has to supplement an incomplete
 *     request, with its single extension; empty where the requested state sets the time case by
 *     case
 * @param surrender days after the agreed surrender date within which the requesting state must
 *     take the person over, after which the extradition is deemed abandoned, with its single
 *     extension for causes beyond its control; empty where the requested state sets the time
 * @param prosecutionMinimumPenalty minimum maximum-penalty, in both laws, for prosecution
 * @param enforcementMinimumRemaining minimum sentence still to serve at the request date
 * @param designatedAuthority whether the instrument lets a formal request go directly to an
 *     authority it designates (ministries of justice, central authorities) instead of only through
 *     the diplomatic channel (S10 Art. 4; S1 Art. 5)
 * @param specialityWindow days after final discharge within which a surrendered person may leave
 *     the requesting state; one who stays longer loses the protection of speciality (S10 Art. 14(1);
 *     S18 Art. 13; S1 Art. 14)
 */
public record LegalBasis(
        String id,
        LegalBasisKind kind,
        MultilingualText title,
        Set<String> parties,
        LocalDate inForceFrom,
        ExtendableWindow provisionalArrest,
        Optional<ExtendableWindow> supplementaryInformation,
        Optional<ExtendableWindow> surrender,
        Period prosecutionMinimumPenalty,
        Period enforcementMinimumRemaining,
        boolean designatedAuthority,
        Period specialityWindow) {

    public LegalBasis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        parties = Set.copyOf(parties);
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(provisionalArrest, "provisionalArrest");
        Objects.requireNonNull(supplementaryInformation, "supplementaryInformation");
        Objects.requireNonNull(surrender, "surrender");
        Objects.requireNonNull(prosecutionMinimumPenalty, "prosecutionMinimumPenalty");
        Objects.requireNonNull(enforcementMinimumRemaining, "enforcementMinimumRemaining");
        Objects.requireNonNull(specialityWindow, "specialityWindow");
    }

    /**
     * Whether a treaty or convention binds the two states. Without one, China's Extradition Law
     * requires the requesting state to undertake reciprocity (S10 Art. 15).
     */
    public boolean treatyExists() {
        return kind != LegalBasisKind.STATUTE_RECIPROCITY;
    }

    /** Whether a request needs a reciprocity undertaking under this basis (S10 Art. 15). */
    public boolean requiresReciprocityUndertaking() {
        return !treatyExists();
    }

    /** Whether a request dated {@code requestDate} may rely on this basis. */
    public boolean inForceOn(LocalDate requestDate) {
        return !requestDate.isBefore(inForceFrom);
    }
}

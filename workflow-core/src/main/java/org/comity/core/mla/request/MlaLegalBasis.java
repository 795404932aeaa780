package org.comity.core.mla.request;

import java.util.Objects;
import java.util.Set;
import org.comity.core.text.MultilingualText;

/**
 * An instrument an MLA request relies on.
 *
 * @param id stable identifier used in requests and process variables
 * @param kind convention, treaty or reciprocity
 * @param title the instrument's title with the article on assistance, in the languages it is known in
 * @param parties ISO 3166-1 alpha-2 codes of the states bound; empty for reciprocity, which binds
 *     any two states that accept it
 */
public record MlaLegalBasis(String id, MlaLegalBasisKind kind, MultilingualText title, Set<String> parties) {

    public MlaLegalBasis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        parties = Set.copyOf(parties);
    }

    /** Whether both states are bound by this basis (always, for reciprocity). */
    public boolean binds(String requestingState, String requestedState) {
        return kind == MlaLegalBasisKind.RECIPROCITY
                || parties.contains(requestingState) && parties.contains(requestedState);
    }

    /** Whether the requesting state must undertake reciprocity: only where no treaty binds the states. */
    public boolean requiresReciprocityUndertaking() {
        return kind == MlaLegalBasisKind.RECIPROCITY;
    }
}

package org.comity.core.mla.request;

import java.util.Objects;
import java.util.Set;

/**
 * An instrument an MLA request relies on.
 *
 * @param id stable identifier used in requests and process variables
 * @param kind convention, treaty or reciprocity
 * @param titleEn English title with the article on assistance
 * @param titleZh Simplified Chinese title
 * @param parties ISO 3166-1 alpha-2 codes of the states bound; empty for reciprocity, which binds
 *     any two states that accept it
 */
public record MlaLegalBasis(String id, MlaLegalBasisKind kind, String titleEn, String titleZh, Set<String> parties) {

    public MlaLegalBasis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
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

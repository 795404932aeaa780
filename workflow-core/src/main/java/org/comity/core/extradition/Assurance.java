package org.comity.core.extradition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.request.AssuranceKind;

/**
 * An assurance given for one extradition case, with who gave and who decided it. Holds no personal
 * data of the person extradited: the offences are named by their index in the request.
 *
 * @param givingState the requesting state, which gives the assurance
 * @param givenThrough the authority that gave it on the government's behalf
 * @param decidingAuthority the authority that decided it and whose decision binds the courts or
 *     procuratorates (S10 Art. 50)
 * @param articleReference the articles that route it
 * @param maxTermMonths the longest term, for {@link AssuranceKind#SENTENCE}; else null
 * @param offenceIndexes the offences prosecution is limited to, for
 *     {@link AssuranceKind#PROSECUTION_LIMIT}; else empty
 * @param recordedBy the user or agency id that recorded it
 */
public record Assurance(
        String id,
        AssuranceKind kind,
        String givingState,
        AssuranceAuthority givenThrough,
        AssuranceAuthority decidingAuthority,
        String articleReference,
        String terms,
        Integer maxTermMonths,
        List<Integer> offenceIndexes,
        LocalDate givenOn,
        String recordedBy,
        Instant recordedAt) {

    public Assurance {
        offenceIndexes = List.copyOf(offenceIndexes);
    }
}

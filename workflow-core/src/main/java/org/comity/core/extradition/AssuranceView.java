package org.comity.core.extradition;

import java.util.List;

/**
 * What the case view shows of an extradition's assurances: each one given, with the authority that
 * decided it, and the sentences recorded against them.
 *
 * @param given the assurances given, oldest first
 * @param sentences the sentences imposed on the surrendered person, oldest first
 */
public record AssuranceView(List<Assurance> given, List<Sentence> sentences) {

    public AssuranceView {
        given = List.copyOf(given);
        sentences = List.copyOf(sentences);
    }
}

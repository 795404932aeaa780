package org.comity.core.repatriation.rules;

import java.util.Optional;
import java.util.UUID;

/**
 * A person or transfer id as an agency or officer writes it: only the canonical 36-character form
 * is an id, so that a shortened or padded value is reported as unknown instead of being read as
 * another id ({@link UUID#fromString} accepts both).
 */
public final class Ids {

    private Ids() {}

    /** The id, if the text is one. */
    public static Optional<UUID> parse(String id) {
        try {
            return Optional.ofNullable(id).filter(s -> s.length() == 36).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

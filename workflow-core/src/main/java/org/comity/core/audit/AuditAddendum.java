package org.comity.core.audit;

import java.util.Optional;

/**
 * An entry that must follow a change in the log, in the change's own transaction, which the change's
 * caller cannot know of: e.g. the digest of Burmese text that was sent in Zawgyi and stored in
 * Unicode, which the web layer notes while reading the request. Implementations are Spring beans;
 * the log asks each of them after every entry it appends (an addendum's own entry included, so an
 * addendum answers empty for the entries it produced).
 */
public interface AuditAddendum {

    /** The entry to append right after {@code change}, if any. */
    Optional<AuditEvent> after(AuditEvent change);
}

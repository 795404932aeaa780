package org.comity.core.draft;

import java.time.Instant;
import java.util.UUID;

/**
 * One draft of a request, as stored.
 *
 * @param id the draft's id, also in the wizard's URLs
 * @param ownerId user name of the officer who started it and alone may see it
 * @param type the kind of request, e.g. {@code extradition}: it selects the wizard
 * @param step the wizard step the owner was last on, to resume there
 * @param content the wizard's JSON of everything entered so far
 * @param createdAt when it was started
 * @param updatedAt when its content or step last changed
 * @param amendsCaseId the case whose returned request this draft corrects, or null for a new request
 */
public record RequestDraft(
        UUID id,
        String ownerId,
        String type,
        String step,
        String content,
        Instant createdAt,
        Instant updatedAt,
        UUID amendsCaseId) {

    /** Whether submitting this draft amends a case's request instead of opening a case. */
    public boolean amendment() {
        return amendsCaseId != null;
    }
}

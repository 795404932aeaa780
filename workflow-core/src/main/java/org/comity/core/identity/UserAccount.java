package org.comity.core.identity;

import java.io.Serializable;

/**
 * A person who signs in: an officer, supervisor or auditor. The password is held only as a
 * bcrypt hash. Serializable because a signed-in person's principal is kept in the browser session,
 * which nodes sharing sessions store in the database.
 */
public record UserAccount(
        String username, String displayName, Role role, String jurisdiction, String passwordHash, boolean enabled)
        implements Serializable {

    public Actor actor() {
        return Actor.person(username, role, jurisdiction);
    }
}

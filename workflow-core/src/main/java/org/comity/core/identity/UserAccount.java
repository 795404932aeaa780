package org.comity.core.identity;

/**
 * A person who signs in: an officer, supervisor or auditor. The password is held only as a
 * bcrypt hash.
 */
public record UserAccount(String username, String displayName, Role role, String jurisdiction,
        String passwordHash, boolean enabled) {

    public Actor actor() {
        return Actor.person(username, role, jurisdiction);
    }
}

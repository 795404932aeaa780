package org.comity.core.identity;

/** A police force, ministry or central authority calling the API with its own token. */
public record Agency(String id, String name, String jurisdiction, boolean enabled) {

    public Actor actor() {
        return Actor.agency(id, jurisdiction);
    }
}

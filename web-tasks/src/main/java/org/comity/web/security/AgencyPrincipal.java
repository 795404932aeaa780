package org.comity.web.security;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Agency;

/** An agency authenticated by its API token. */
public record AgencyPrincipal(Agency agency) implements ActorPrincipal {

    @Override
    public Actor actor() {
        return agency.actor();
    }

    @Override
    public String toString() {
        return agency.id();
    }
}

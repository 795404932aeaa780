package org.comity.web.security;

import org.comity.core.identity.Actor;

/** A signed-in principal, person or agency, as the actor Comity's services act for. */
public interface ActorPrincipal {

    Actor actor();
}

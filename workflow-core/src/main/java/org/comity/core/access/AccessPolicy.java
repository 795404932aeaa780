package org.comity.core.access;

import org.comity.core.identity.Actor;

/**
 * One rule of who may see or do something, named after what it decides (e.g.
 * {@link RequestingStateMayWrite}). The subject is what the rule looks at: the parties of a case
 * ({@link CaseParties}) or one state's code.
 *
 * @param <T> what the rule is decided on
 */
@FunctionalInterface
public interface AccessPolicy<T> {

    /** Whether the actor may do what the policy names on {@code subject}. */
    boolean allows(Actor actor, T subject);
}

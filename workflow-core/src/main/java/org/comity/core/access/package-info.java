/**
 * Who may do what on a case, one named policy per rule (ddd-by-examples/library): "an agency or officer
 * of the requesting state may write", "a supervisor of the holding state plans transfers", "each
 * state sees only its own internal steps". Services ask a policy instead of re-coding the comparison
 * of the actor's role and state with the case's parties, and each policy has its own test. What a
 * refusal means (403, or 404 where the object must not be revealed) stays with the caller.
 * Depends only on {@code identity}.
 */
package org.comity.core.access;

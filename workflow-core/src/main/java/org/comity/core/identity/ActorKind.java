package org.comity.core.identity;

/** Whether an action was taken by a person, an agency's system, or Comity itself (timers, jobs). */
public enum ActorKind {
    PERSON,
    AGENCY,
    SYSTEM
}

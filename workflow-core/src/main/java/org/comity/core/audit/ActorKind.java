package org.comity.core.audit;

/** Who acted: a named person, an agency through its API token, or Comity itself (jobs, timers). */
public enum ActorKind {
    PERSON, AGENCY, SYSTEM
}

package org.comity.core.repatriation.request;

/**
 * How the holding state classes a person. A person arrested as a suspect may be re-classed as a
 * trafficking victim after screening (legal-domain.md §5.4: returnees are often "coerced").
 */
public enum PersonCategory {
    SUSPECT,
    POSSIBLE_TRAFFICKING_VICTIM,
    TRAFFICKING_VICTIM
}

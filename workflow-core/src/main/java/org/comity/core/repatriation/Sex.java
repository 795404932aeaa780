package org.comity.core.repatriation;

/** Sex as recorded on the arrest list. */
public enum Sex {
    MALE,
    FEMALE,
    UNKNOWN
}

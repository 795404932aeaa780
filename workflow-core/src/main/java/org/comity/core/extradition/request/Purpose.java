package org.comity.core.extradition.request;

/** Why the person is requested; it selects the threshold and the documents (S10 Arts. 7, 12). */
public enum Purpose {

    /** To prosecute: needs a warrant; maximum penalty of at least one year in both laws. */
    PROSECUTION,

    /** To enforce a sentence: needs a final judgment with at least six months left to serve. */
    ENFORCEMENT
}

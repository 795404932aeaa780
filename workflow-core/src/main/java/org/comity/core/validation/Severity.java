package org.comity.core.validation;

/** Whether a broken rule blocks a request or is only recorded for the officer who reviews it. */
public enum Severity {

    /** The request is invalid and must be corrected. */
    ERROR,

    /** The request is valid but an officer should look at this (legal-domain.md §9 item 20). */
    WARNING
}

package org.comity.core.incident;

/** A case with open incidents of the reader's state, for the alert on the task list. */
public record CaseWithIncidents(String caseId, String caseReference, int openIncidents) {}

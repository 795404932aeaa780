package org.comity.core.incident;

import java.util.List;

/** One page of incidents, newest first, with the number of incidents the caller may see in all. */
public record IncidentPage(List<CaseIncident> items, int page, int size, long total) {}

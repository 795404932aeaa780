package org.comity.core.audit;

import java.util.List;

/**
 * One page of search results in sequence order, with the total number of matches for paging links.
 *
 * @param entries the entries on this page
 * @param page zero-based page number
 * @param size requested page size
 * @param totalEntries number of entries matching the query
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalEntries) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return (int) ((totalEntries + size - 1) / size);
    }
}

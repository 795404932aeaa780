/**
 * Incidents for operators: {@code GET /api/v1/incidents} and {@code POST /api/v1/incidents/{id}/retry},
 * the supervisors' incidents page with its Retry buttons, and the alert on the task list naming the
 * cases with open incidents of the reader's state. The incidents themselves are
 * {@code org.comity.core.incident}'s.
 */
package org.comity.web.incident;

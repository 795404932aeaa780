/**
 * The case view of DESIGN.md §7: a case with its parties, the current stage of the reader's own
 * side (every side for an auditor), open tasks, deadlines, the messages exchanged and the documents,
 * shaped by {@link org.comity.core.casefile.CaseVisibility}; every read is logged as a consultation.
 */
package org.comity.web.casefile;

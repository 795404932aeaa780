/**
 * The case API of DESIGN.md §7: a case with its parties, the current stage of the reader's own
 * side (every side for an auditor), open tasks, deadlines, the messages exchanged and the documents,
 * as {@link org.comity.core.casefile.CaseViews} builds it in core (shaped by
 * {@link org.comity.core.casefile.CaseVisibility}) and published in the JSON of the contract; every
 * read is logged as a consultation. Nothing here reads the engine's tables or names a procedure.
 */
package org.comity.web.casefile;

/**
 * The case view of DESIGN.md §7: a case with its parties, the current stage on each side, open
 * tasks, deadlines and documents, for the parties and auditors; every read is logged as a
 * consultation.
 */
package org.comity.web.casefile;

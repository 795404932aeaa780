/**
 * Repatriation (police handover) of detained foreign nationals after a joint operation: the
 * operation and its persons (intake from JSON or CSV, all-or-nothing, with duplicate detection),
 * the three processes' ids and forms, transfers and their handover, and the operation's live
 * figures. Persons are kept in Comity's tables; processes hold only ids and decision values.
 */
package org.comity.core.repatriation;

/**
 * The repatriation API: open joint operations, add persons as JSON or CSV, plan transfers, record
 * receipts, and read an operation's live figures.
 */
package org.comity.web.repatriation;

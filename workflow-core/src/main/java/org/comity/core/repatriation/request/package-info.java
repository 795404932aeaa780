/**
 * The repatriation request model the API binds (published): an operation, its persons (every value
 * text, so that one answer lists the problems of every row of a JSON or CSV batch), a transfer plan,
 * a receipt, and the value sets those texts take (person category, documents found with a person).
 */
package org.comity.core.repatriation.request;

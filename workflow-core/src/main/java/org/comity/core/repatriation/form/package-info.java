/**
 * The task forms of the repatriation processes (one record per {@code formKey}) with their options
 * and cross-field rules. Their choices, booleans, numbers and dates become process variables; their
 * texts stay in Comity's submission table.
 */
package org.comity.core.repatriation.form;

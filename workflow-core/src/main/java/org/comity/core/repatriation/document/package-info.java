/**
 * The handover manifest and receipt (internal): their content from a transfer's persons, states and
 * documents, handed to the document port, and the screening statuses the manifest prints.
 */
package org.comity.core.repatriation.document;

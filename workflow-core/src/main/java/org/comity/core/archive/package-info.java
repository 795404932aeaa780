/**
 * The archive of issued legal documents: rendered through the document port, stored with their
 * SHA-256 on a case, logged in the audit chain, never changed afterwards.
 */
package org.comity.core.archive;

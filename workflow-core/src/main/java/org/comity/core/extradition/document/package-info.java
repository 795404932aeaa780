/**
 * The documents of extradition (the request, the request for supplementary information, the decision,
 * the surrender record and the release notice, and the request's preview), built as typed content
 * from the stored request and the officers' completed task forms, read back as their records of
 * {@code ..extradition.form}, never through string keys.
 */
package org.comity.core.extradition.document;

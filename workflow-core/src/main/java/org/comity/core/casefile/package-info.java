/**
 * Cases: one matter of cooperation between two states, its human reference, status, when it reached
 * the other party, and the one policy of who sees what of it ({@link org.comity.core.casefile.CaseVisibility}). Every process instance's business key is a case id. Also what the request
 * processes of every form of cooperation do alike around a case: messages between the two sides'
 * processes ({@link org.comity.core.casefile.CaseMessages}), the pre-check of the case's request
 * ({@link org.comity.core.casefile.RequestPreCheck}) and the JSON its records are stored in
 * ({@link org.comity.core.casefile.CaseJson}); what differs stays with each feature.
 *
 * <p>The case view is built here ({@link org.comity.core.casefile.CaseViews}) from the engine's Java
 * API and the case's {@link org.comity.core.casefile.CaseKind}: each procedure registers one kind (its
 * case type, which side each of its processes works for, the facts its cases show, who may write),
 * found in {@link org.comity.core.casefile.CaseKinds}. Nothing here names a procedure: adding one is
 * its package with its kind, its models, templates and message keys.
 */
package org.comity.core.casefile;

/**
 * Cases: one matter of cooperation between two states, its human reference, status, when it reached
 * the other party, and the one policy of who sees what of it ({@link org.comity.core.casefile.CaseVisibility}). Every process instance's business key is a case id. Also what the request
 * processes of every form of cooperation do alike around a case: messages between the two sides'
 * processes ({@link org.comity.core.casefile.CaseMessages}), the pre-check of the case's request
 * ({@link org.comity.core.casefile.RequestPreCheck}) and the JSON its records are stored in
 * ({@link org.comity.core.casefile.CaseJson}); what differs stays with each feature.
 */
package org.comity.core.casefile;

/**
 * How an MLA request enters Comity: validated in full (also on its own, for the request wizard,
 * without storing anything), stored in Comity's own tables (personal data never goes to the
 * engine), a case opened — restricted if the request is confidential — and the requesting side's
 * process started, once per Idempotency-Key. Also the MLA tables' repository.
 */
package org.comity.core.mla.intake;

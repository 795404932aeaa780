/**
 * How an extradition request enters Comity: validated in full, stored in Comity's own tables
 * (personal data never goes to the engine), a case opened and the requesting side's process
 * started, once per Idempotency-Key. The same service serves the API and an officer's form.
 */
package org.comity.core.extradition.intake;

/**
 * The intake every request-based procedure shares: who may submit and correct a request, full
 * validation before anything is stored, idempotent replays and the audit entries
 * ({@link org.comity.core.intake.RequestIntake}); a procedure plugs in its validation and how its
 * case is opened ({@link org.comity.core.intake.RequestProcedure}).
 */
package org.comity.core.intake;

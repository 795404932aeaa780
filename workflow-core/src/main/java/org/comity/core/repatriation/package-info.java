/**
 * Repatriation (police handover) of detained foreign nationals after a joint operation. This root is
 * the feature's facade, the part other packages may use besides {@code request} and {@code form}:
 * intake of operations and persons ({@link org.comity.core.repatriation.RepatriationIntake}), the
 * person directory and operation figures, transfer planning, handovers and receipts, the processes'
 * ids ({@link org.comity.core.repatriation.RepatriationModel}), and the feature's implementations of
 * {@code routeconflict.HeldPersons} and {@code task.PersonProcesses}. Its internals are
 * package-private; {@code rules}, {@code delegate} and {@code document} are internal sub-packages.
 * Persons are kept in Comity's tables; processes hold only ids and decision values.
 */
package org.comity.core.repatriation;

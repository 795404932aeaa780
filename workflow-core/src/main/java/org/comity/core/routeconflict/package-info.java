/**
 * Route conflicts (legal-domain.md §10 item 22): a person held for a handover (repatriation) who is
 * also sought by a pending request (extradition). The conflict, its hold, the supervisor's decision
 * in {@code RouteDecisionProcess} and its application live here; the persons held and sought stay
 * with their features, which implement {@link org.comity.core.routeconflict.HeldPersons} and
 * {@link org.comity.core.routeconflict.SoughtPersons}. This package depends on no feature.
 */
package org.comity.core.routeconflict;

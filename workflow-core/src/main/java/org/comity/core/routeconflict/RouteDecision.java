package org.comity.core.routeconflict;

import org.comity.core.form.Labelled;

/**
 * The route the holding state's supervisor chooses for a person who is in a repatriation and also
 * sought by a pending extradition request (legal-domain.md §10 item 22; §2.1: the route is modelled
 * explicitly, never inferred). Names are process variable values.
 */
public enum RouteDecision implements Labelled {
    EXTRADITION_FIRST,
    REPATRIATION_PROCEEDS,
    NOT_THE_SAME_PERSON;
}

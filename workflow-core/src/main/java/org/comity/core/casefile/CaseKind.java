package org.comity.core.casefile;

import java.util.Map;
import org.comity.core.access.AccessPolicy;
import org.comity.core.access.CaseParties;
import org.comity.core.identity.Actor;

/**
 * What one procedure (extradition, MLA, repatriation, and any later one) tells the case file about
 * its cases, so that the case view, the case page and the API treat every procedure alike and none
 * of them names a procedure: its {@link CaseType}, which side each of its processes works for, the
 * facts its cases show, and who may act on them. A procedure registers itself by being a Spring bean
 * implementing this interface at its package root; {@link CaseKinds} finds it by type.
 */
public interface CaseKind {

    /** The cases of this kind. */
    CaseType type();

    /**
     * Each process definition key of this procedure and the party whose deliberation it is; the
     * case view shows a process to whoever {@link CaseVisibility#seesDeliberationOf sees} that party.
     */
    Map<String, CaseParty> processes();

    /**
     * For the steps of this kind's joint processes that one state performs alone, that state's party
     * (e.g. the holding state issues a handover manifest): a failure of such a step is that state's
     * to see. Steps not named here are both states'. Default: none.
     */
    default Map<String, CaseParty> jointStepsOfOneParty() {
        return Map.of();
    }

    /**
     * The processes of this kind the case page summarises elsewhere instead of listing them one by
     * one (a repatriation's thousands of person processes), and whether the page lists each listed
     * process's steps passed. Defaults: every process listed, with its steps.
     */
    default CaseStagesShown stagesShown() {
        return CaseStagesShown.ALL_WITH_STEPS;
    }

    /**
     * The facts of the case the reader may see, beyond what every case has (stages, tasks, deadlines,
     * messages, documents): typed records the API publishes and the page fragments that show them.
     *
     * @param page which page of a long list (the persons of an operation) the reader asked for
     */
    CaseDetails details(Actor actor, CaseFile file, CaseDetails.Page page);

    /** Who may write to a case of this kind (amend, extend, record what the requesting side gives). */
    AccessPolicy<CaseParties> writer();
}

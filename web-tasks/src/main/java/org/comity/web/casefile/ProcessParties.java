package org.comity.web.casefile;

import java.util.Map;
import org.comity.core.casefile.CaseFile;
import org.comity.core.extradition.ExtraditionProcesses;
import org.comity.core.mla.MlaProcesses;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.routeconflict.RouteConflictModel;

/**
 * Which party's deliberation each process of a case is, as the models divide the work: an
 * extradition or MLA case runs one process on each side; a repatriation operation's operation,
 * person and handover processes are joint (both states have tasks in them, each its own), and its
 * route decisions are the holding state's alone (DESIGN.md §4). The case view shows a process to
 * whoever {@link org.comity.core.casefile.CaseVisibility#seesDeliberationOf sees} its party.
 */
final class ProcessParties {

    /** The side a process works for; {@code JOINT} when both states work in it. */
    enum Party {
        REQUESTING, REQUESTED, JOINT;

        /** The state of this party in the case; {@code null} for a joint process. */
        String jurisdiction(CaseFile file) {
            return switch (this) {
                case REQUESTING -> file.requesting();
                case REQUESTED -> file.requested();
                case JOINT -> null;
            };
        }
    }

    private static final Map<String, Party> PARTY_OF_PROCESS = Map.of(
            ExtraditionProcesses.Requesting.PROCESS_ID, Party.REQUESTING,
            ExtraditionProcesses.Requested.PROCESS_ID, Party.REQUESTED,
            MlaProcesses.Requesting.PROCESS_ID, Party.REQUESTING,
            MlaProcesses.Requested.PROCESS_ID, Party.REQUESTED,
            RouteConflictModel.ROUTE_DECISION_PROCESS, Party.REQUESTING,
            RepatriationModel.OPERATION_PROCESS, Party.JOINT,
            RepatriationModel.PERSON_PROCESS, Party.JOINT,
            RepatriationModel.HANDOVER_PROCESS, Party.JOINT);

    private ProcessParties() {
    }

    /**
     * The party of a process definition key. A process this table does not know (a test's platform
     * process) is treated as joint: its open tasks and stages are still shown only to the state whose
     * candidate groups they carry.
     */
    static Party of(String processDefinitionKey) {
        return PARTY_OF_PROCESS.getOrDefault(processDefinitionKey, Party.JOINT);
    }
}

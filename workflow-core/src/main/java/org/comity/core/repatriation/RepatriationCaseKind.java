package org.comity.core.repatriation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.comity.core.access.AccessPolicy;
import org.comity.core.access.CaseParties;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.casefile.CaseDetails;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseKind;
import org.comity.core.casefile.CaseParty;
import org.comity.core.casefile.CaseStagesShown;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.form.NationalityVerification;
import org.comity.core.routeconflict.RouteConflictModel;
import org.springframework.stereotype.Component;

/**
 * Joint repatriation operations: the operation, person and handover processes are joint (both states
 * work in them, each on its own tasks), the route decisions the holding state's alone. The page names
 * the parties holding and receiving state, adds the operation's name and dates and a link to its
 * dashboard, and lists the persons a page at a time; the thousands of person processes are summed up
 * there instead of being listed as stages.
 */
@Component
class RepatriationCaseKind implements CaseKind {

    /** Persons listed per page of the case page. */
    static final int PERSONS_PAGE = 50;

    private final RepatriationIntake operations;
    private final PersonDirectory persons;

    RepatriationCaseKind(RepatriationIntake operations, PersonDirectory persons) {
        this.operations = operations;
        this.persons = persons;
    }

    /**
     * The persons of an operation, one page of them: {@code page} of {@code pages} (0-based), and the
     * nationality-verification outcomes named in the reader's language.
     */
    public record PersonsSection(
            String caseId,
            OperationView operation,
            List<PersonSummary> persons,
            int page,
            int pages,
            Map<String, String> verificationLabels) {}

    @Override
    public CaseType type() {
        return CaseType.REPATRIATION;
    }

    @Override
    public Map<String, CaseParty> processes() {
        return Map.of(
                RouteConflictModel.ROUTE_DECISION_PROCESS,
                CaseParty.REQUESTING,
                RepatriationModel.OPERATION_PROCESS,
                CaseParty.JOINT,
                RepatriationModel.PERSON_PROCESS,
                CaseParty.JOINT,
                RepatriationModel.HANDOVER_PROCESS,
                CaseParty.JOINT);
    }

    /**
     * The holding state issues the manifest, cancels a transfer and records a victim's status; the
     * verification deadline is the receiving state's, whose officers verify nationality.
     */
    @Override
    public Map<String, CaseParty> jointStepsOfOneParty() {
        return Map.of(
                RepatriationModel.TASK_ISSUE_HANDOVER_MANIFEST,
                CaseParty.REQUESTING,
                RepatriationModel.TASK_CANCEL_TRANSFER,
                CaseParty.REQUESTING,
                RepatriationModel.TASK_RECORD_VICTIM_STATUS,
                CaseParty.REQUESTING,
                RepatriationModel.TIMER_VERIFICATION_SLA,
                CaseParty.REQUESTED);
    }

    @Override
    public CaseStagesShown stagesShown() {
        return new CaseStagesShown(Set.of(RepatriationModel.PERSON_PROCESS), false, false);
    }

    @Override
    public CaseDetails details(Actor actor, CaseFile file, CaseDetails.Page page) {
        String caseId = file.id().toString();
        OperationView operation = operations.view(actor, caseId);
        int pages = (int) Math.max(1, (operation.persons() + PERSONS_PAGE - 1) / PERSONS_PAGE);
        int shown = Math.min(page.number(), pages - 1);
        Map<String, String> verificationLabels = Arrays.stream(NationalityVerification.values())
                .collect(Collectors.toMap(Enum::name, v -> v.label(page.locale())));
        PersonsSection section = new PersonsSection(
                caseId,
                operation,
                persons.page(actor, caseId, false, shown, PERSONS_PAGE),
                shown,
                pages,
                verificationLabels);
        return new CaseDetails(
                "case.holdingState",
                "case.receivingState",
                List.of(new CaseDetails.Fragment("case/repatriation :: summary", operation)),
                List.of(new CaseDetails.Link("dashboard-link", "case.dashboard", "/operations/" + caseId)),
                List.of(new CaseDetails.Fragment("case/repatriation :: persons", section)),
                List.of(operation));
    }

    @Override
    public AccessPolicy<CaseParties> writer() {
        return RequestingStateMayWrite.POLICY;
    }
}

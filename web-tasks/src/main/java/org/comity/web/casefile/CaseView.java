package org.comity.web.casefile;

import java.time.Instant;
import java.util.List;
import org.comity.core.access.CaseParties;
import org.comity.core.casefile.CaseDeadline;
import org.comity.core.casefile.CaseDocument;
import org.comity.core.casefile.CaseExchange;
import org.comity.core.casefile.CaseOpenTask;
import org.comity.core.casefile.CaseOverview;
import org.comity.core.casefile.CaseSide;
import org.comity.core.extradition.AssuranceView;
import org.comity.core.extradition.SpecialityView;
import org.comity.core.incident.CaseIncident;

/**
 * A case as the case view returns it (DESIGN.md §7 {@code GET /cases/{id}}): the {@link CaseOverview}
 * core builds, as far as the reader may see it ({@link org.comity.core.casefile.CaseVisibility}), in the
 * JSON shape of the published contract. {@code speciality} is the speciality register of an extradition
 * case once the person is surrendered, {@code assurances} the assurances and sentences of an extradition
 * case, otherwise null: typed facts its {@link org.comity.core.casefile.CaseKind} gives. {@code incidents}
 * are the failed jobs of the reader's own side's processes (open and resolved), newest first, so that a
 * case stuck on a failure is never silently stuck.
 */
public record CaseView(
        String id,
        String reference,
        String type,
        String status,
        CaseParties parties,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant transmittedAt,
        List<CaseSide> sides,
        List<CaseOpenTask> openTasks,
        List<CaseDeadline> deadlines,
        List<CaseExchange> exchanges,
        List<CaseDocument> documents,
        SpecialityView speciality,
        AssuranceView assurances,
        List<CaseIncident> incidents) {

    /** The API's shape of the case view, with the reader's incidents of the case. */
    public static CaseView of(CaseOverview view, List<CaseIncident> incidents) {
        return new CaseView(
                view.id(),
                view.reference(),
                view.type(),
                view.status(),
                view.parties(),
                view.createdBy(),
                view.createdAt(),
                view.updatedAt(),
                view.transmittedAt(),
                view.sides(),
                view.openTasks(),
                view.deadlines(),
                view.exchanges(),
                view.documents(),
                view.details().fact(SpecialityView.class).orElse(null),
                view.details().fact(AssuranceView.class).orElse(null),
                incidents);
    }
}

package org.comity.core.extradition.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.casefile.CaseFile;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.AssuranceView;
import org.comity.core.extradition.ExtraditionAssurances;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.AssuranceRequest;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the assurances the requesting state gives for an extradition case, routed by the DMN
 * {@code AssuranceRouting} to the authority that decides them (S10 Art. 50; S11 Art. 11;
 * legal-domain.md §2.4 step 4, §10 item 7). Every assurance recorded is audited; a recorded
 * assurance binds later steps ({@link SentenceHonoursAssurance}, {@link ProsecutionWithinAssurance}).
 */
@Service
public class Assurances implements ExtraditionAssurances {

    private final RequestingSideCases access;
    private final AssuranceRecords records;
    private final AssuranceRouting routing;
    private final ExtraditionRecords requests;
    private final IdempotencyKeys idempotency;
    private final AuditLog audit;

    Assurances(
            RequestingSideCases access,
            AssuranceRecords records,
            AssuranceRouting routing,
            ExtraditionRecords requests,
            IdempotencyKeys idempotency,
            AuditLog audit) {
        this.access = access;
        this.records = records;
        this.routing = routing;
        this.requests = requests;
        this.idempotency = idempotency;
        this.audit = audit;
    }

    /**
     * The requesting state's agency or officer records an assurance given; {@code 422} naming the
     * field when its terms do not fit its kind or the table has no route for the requesting state.
     */
    @Transactional
    @Override
    public Assurance give(Actor actor, String caseId, String idempotencyKey, AssuranceRequest request) {
        CaseFile file = access.writable(actor, caseId, request);
        int offences =
                requests.requestOfCase(file.id()).orElseThrow().offences().size();
        List<FieldError> errors = new ArrayList<>(AssuranceTermsFitKind.check(request, offences, access.today(file)));
        AssuranceRouting.Route route =
                routing.route(file.requesting(), request.kind()).orElse(null);
        if (route == null) {
            errors.add(new FieldError(
                    "kind",
                    "AssuranceRouting",
                    "has no authority to decide it for an assurance given by " + file.requesting()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String id = idempotency
                .once(actor, idempotencyKey, request, () -> {
                    UUID assuranceId = UUID.randomUUID();
                    records.insertAssurance(assuranceId, file.id(), file.requesting(), request, route, actor);
                    audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, "extradition.assurance")
                            .object(AuditObjectType.CASE, caseId)
                            .caseId(file.id())
                            .purpose(request.kind().name())
                            .changeDigest(ChangeDigest.of(assuranceId + "|" + request.kind() + "|"
                                    + route.decidingAuthority() + "|" + request.terms()))
                            .build());
                    return assuranceId.toString();
                })
                .resourceId();
        return records.assurances(file.id()).stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The assurances and sentences of a case, for the case view (whose read is audited there). */
    @Override
    public AssuranceView view(UUID caseId) {
        return new AssuranceView(records.assurances(caseId), records.sentences(caseId));
    }
}

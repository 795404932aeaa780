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
import org.comity.core.extradition.ExtraditionSentences;
import org.comity.core.extradition.Sentence;
import org.comity.core.extradition.SpecialityView;
import org.comity.core.extradition.request.SentenceRequest;
import org.comity.core.extradition.speciality.SpecialityRegister;
import org.comity.core.failure.ConflictException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sentence a court of the requesting state imposed on the surrendered person, after
 * checking it against every assurance given for the case ({@link SentenceHonoursAssurance}; S10
 * Art. 50: the courts are bound). A sentence that breaks one is refused and nothing is stored.
 */
@Service
public class Sentences implements ExtraditionSentences {

    private final RequestingSideCases access;
    private final AssuranceRecords records;
    private final SpecialityRegister surrenders;
    private final IdempotencyKeys idempotency;
    private final AuditLog audit;

    Sentences(
            RequestingSideCases access,
            AssuranceRecords records,
            SpecialityRegister surrenders,
            IdempotencyKeys idempotency,
            AuditLog audit) {
        this.access = access;
        this.records = records;
        this.surrenders = surrenders;
        this.idempotency = idempotency;
        this.audit = audit;
    }

    /**
     * @throws ConflictException (409) if the person has not been surrendered
     * @throws InvalidInputException (422) if the sentence is malformed or breaks an assurance
     */
    @Transactional
    @Override
    public Sentence record(Actor actor, String caseId, String idempotencyKey, SentenceRequest request) {
        CaseFile file = access.writable(actor, caseId, request);
        List<FieldError> errors = new ArrayList<>(request.shapeErrors());
        SpecialityView surrender = surrenders
                .view(file.id())
                .orElseThrow(() -> new ConflictException("The person of case " + caseId + " has not been surrendered"));
        if (request.imposedOn().isBefore(surrender.surrenderedOn())
                || request.imposedOn().isAfter(access.today(file))) {
            errors.add(new FieldError(
                    "imposedOn",
                    "SinceSurrender",
                    "must lie between the surrender on " + surrender.surrenderedOn() + " and today"));
        }
        if (errors.isEmpty()) {
            errors.addAll(SentenceHonoursAssurance.check(request, records.assurances(file.id())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String id = idempotency
                .once(actor, idempotencyKey, request, () -> {
                    UUID sentenceId = UUID.randomUUID();
                    records.insertSentence(sentenceId, file.id(), request, actor);
                    audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, "extradition.sentence")
                            .object(AuditObjectType.CASE, caseId)
                            .caseId(file.id())
                            .purpose(request.kind().name())
                            .changeDigest(ChangeDigest.of(sentenceId + "|" + request.kind() + "|" + request.months()
                                    + "|" + request.imposedOn()))
                            .build());
                    return sentenceId.toString();
                })
                .resourceId();
        return records.sentences(file.id()).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}

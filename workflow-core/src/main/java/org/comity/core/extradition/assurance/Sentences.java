package org.comity.core.extradition.assurance;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
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
import org.comity.core.extradition.speciality.SpecialityRegister;
import org.comity.core.extradition.speciality.SpecialityView;
import org.comity.core.failure.ConflictException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sentence a court of the requesting state imposed on the surrendered person, after
 * checking it against every assurance given for the case ({@link SentenceHonoursAssurance}; S10
 * Art. 50: the courts are bound). A sentence that breaks one is refused and nothing is stored.
 */
@Service
public class Sentences {

    private final RequestingSideCases access;
    private final AssuranceRecords records;
    private final SpecialityRegister surrenders;
    private final JurisdictionRegistry jurisdictions;
    private final IdempotencyKeys idempotency;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    Sentences(RequestingSideCases access, AssuranceRecords records, SpecialityRegister surrenders,
            JurisdictionRegistry jurisdictions, IdempotencyKeys idempotency, Validator validator, AuditLog audit,
            Clock clock) {
        this.access = access;
        this.records = records;
        this.surrenders = surrenders;
        this.jurisdictions = jurisdictions;
        this.idempotency = idempotency;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ConflictException (409) if the person has not been surrendered
     * @throws InvalidInputException (422) if the sentence is malformed or breaks an assurance
     */
    @Transactional
    public Sentence record(Actor actor, String caseId, String idempotencyKey, SentenceRequest request) {
        CaseFile file = access.writable(actor, caseId);
        List<FieldError> errors = new ArrayList<>(Violations.toFieldErrors(validator.validate(request)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        errors.addAll(request.shapeErrors());
        SpecialityView surrender = surrenders.view(file.id())
                .orElseThrow(() -> new ConflictException("The person of case " + caseId + " has not been surrendered"));
        LocalDate today = LocalDate.now(clock.withZone(jurisdictions.require(file.requesting()).zone()));
        if (request.imposedOn().isBefore(surrender.surrenderedOn()) || request.imposedOn().isAfter(today)) {
            errors.add(new FieldError("imposedOn", "SinceSurrender", "must lie between the surrender on "
                    + surrender.surrenderedOn() + " and today"));
        }
        if (errors.isEmpty()) {
            errors.addAll(SentenceHonoursAssurance.check(request, records.assurances(file.id())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String id = idempotency.once(actor, idempotencyKey, request, () -> {
            UUID sentenceId = UUID.randomUUID();
            records.insertSentence(sentenceId, file.id(), request, actor);
            audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, "extradition.sentence")
                    .object(AuditObjectType.CASE, caseId).caseId(file.id()).purpose(request.kind().name())
                    .changeDigest(ChangeDigest.of(sentenceId + "|" + request.kind() + "|" + request.months() + "|"
                            + request.imposedOn())).build());
            return sentenceId.toString();
        }).resourceId();
        return records.sentences(file.id()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}

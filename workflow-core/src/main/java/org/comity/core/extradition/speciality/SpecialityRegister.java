package org.comity.core.extradition.speciality;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.access.RequestedSupervisorDecidesConsent;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.GrantedOffence;
import org.comity.core.extradition.ProceedingStatus;
import org.comity.core.extradition.SpecialityProceedings;
import org.comity.core.extradition.SpecialityView;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ConsentDecision;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Uuids;
import org.comity.core.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the speciality register of surrendered persons ({@link SpecialityProtection}): the surrender
 * step records the offences granted; the requesting state records each later proceeding for another
 * pre-surrender offence with its basis; the requested state's supervisor gives or refuses consent.
 * Every write is audited; texts stay in Comity's tables.
 */
@Service
public class SpecialityRegister implements SpecialityProceedings {

    private static final String SYSTEM = "comity-extradition";

    private final SpecialityRecords records;
    private final ExtraditionRecords requests;
    private final LegalBasisRegistry legalBases;
    private final CaseFiles cases;
    private final IdempotencyKeys idempotency;
    private final Validator validator;
    private final AuditLog audit;
    private final JurisdictionClock clock;
    private final List<ProceedingBar> bars;

    SpecialityRegister(
            SpecialityRecords records,
            ExtraditionRecords requests,
            LegalBasisRegistry legalBases,
            CaseFiles cases,
            IdempotencyKeys idempotency,
            Validator validator,
            AuditLog audit,
            JurisdictionClock clock,
            List<ProceedingBar> bars) {
        this.bars = List.copyOf(bars);
        this.records = records;
        this.requests = requests;
        this.legalBases = legalBases;
        this.cases = cases;
        this.idempotency = idempotency;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that the case's person was surrendered on {@code surrenderedOn} for every offence of the
     * request: the executive grants or refuses a request as a whole (S10 Art. 29).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSurrender(UUID caseId, LocalDate surrenderedOn) {
        ExtraditionRequest request = requests.requestOfCase(caseId).orElseThrow();
        List<GrantedOffence> granted = request.offences().stream()
                .map(o -> new GrantedOffence(o.description(), o.provisionInRequestingLaw(), o.dateFrom(), o.dateTo()))
                .toList();
        int window = legalBases.get(request.legalBasisId()).specialityWindow().getDays();
        if (records.insertRegister(caseId, surrenderedOn, window, granted)) {
            audit.record(AuditEvent.of(AuditActor.system(SYSTEM), AuditCategory.COLLECTION, "speciality.register")
                    .object(AuditObjectType.CASE, caseId.toString())
                    .caseId(caseId)
                    .changeDigest(ChangeDigest.of(surrenderedOn + "|" + granted.size()))
                    .build());
        }
    }

    /** The register of a case, if its person was surrendered. */
    @Override
    public Optional<SpecialityView> view(UUID caseId) {
        return records.register(caseId)
                .map(register -> new SpecialityView(
                        register.surrenderedOn(),
                        register.window().getDays(),
                        register.granted(),
                        records.proceedings(caseId)));
    }

    /**
     * The requesting state records a proceeding for a pre-surrender offence that was not granted;
     * {@code 422} unless speciality allows it or consent is asked for, and no {@link ProceedingBar}
     * (an assurance given) bars it.
     *
     * @throws ConflictException if the person has not been surrendered
     */
    @Transactional
    @Override
    public SpecialityView.Proceeding recordProceeding(
            Actor actor, String caseId, String idempotencyKey, ProceedingRequest request) {
        CaseFile caseFile = extraditionCase(actor, caseId);
        if (!RequestingStateMayWrite.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only the requesting state's agency or officers record proceedings");
        }
        List<FieldError> errors = new ArrayList<>(Violations.toFieldErrors(validator.validate(request)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SpecialityProtection.Register register = records.register(caseFile.id())
                .orElseThrow(() -> new ConflictException("The person of case " + caseId + " has not been surrendered"));
        LocalDate today = clock.today(caseFile.requesting());
        ProceedingStatus status = SpecialityProtection.assess(register, request, today, errors);
        bars.forEach(bar -> bar.check(caseFile.id(), request, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String id = idempotency
                .once(actor, idempotencyKey, request, () -> {
                    UUID proceedingId = UUID.randomUUID();
                    records.insertProceeding(proceedingId, caseFile.id(), request, status, actor);
                    audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, "speciality.proceeding")
                            .object(AuditObjectType.CASE, caseId)
                            .caseId(caseFile.id())
                            .purpose(status.name())
                            .changeDigest(ChangeDigest.of(proceedingId + "|" + request.basis() + "|" + status))
                            .build());
                    return proceedingId.toString();
                })
                .resourceId();
        return records.proceeding(caseFile.id(), UUID.fromString(id)).orElseThrow();
    }

    /**
     * The requested state's supervisor gives or refuses consent (S10 Art. 14(1)).
     *
     * @throws ConflictException if the proceeding does not await consent
     */
    @Transactional
    @Override
    public SpecialityView.Proceeding decideConsent(
            Actor actor, String caseId, String proceedingId, ConsentDecision decision) {
        CaseFile caseFile = extraditionCase(actor, caseId);
        if (!RequestedSupervisorDecidesConsent.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only a supervisor of the requested state decides on consent");
        }
        UUID id = Uuids.parse(proceedingId)
                .filter(p -> records.proceeding(caseFile.id(), p).isPresent())
                .orElseThrow(() -> new NotVisibleException("Proceeding", proceedingId));
        List<FieldError> errors = Violations.toFieldErrors(validator.validate(decision));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProceedingStatus status = decision.decision() == ConsentDecision.Decision.GRANTED
                ? ProceedingStatus.CONSENTED
                : ProceedingStatus.CONSENT_REFUSED;
        if (!records.decide(caseFile.id(), id, status, decision.reasons(), actor)) {
            throw new ConflictException("Proceeding " + proceedingId + " does not await consent");
        }
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "speciality.consent")
                .object(AuditObjectType.CASE, caseId)
                .caseId(caseFile.id())
                .purpose(status.name())
                .changeDigest(ChangeDigest.of(proceedingId + "|" + status + "|" + decision.reasons()))
                .build());
        return records.proceeding(caseFile.id(), id).orElseThrow();
    }

    private CaseFile extraditionCase(Actor actor, String caseId) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (caseFile.type() != CaseType.EXTRADITION) {
            throw new NotVisibleException("Extradition", caseId);
        }
        return caseFile;
    }
}

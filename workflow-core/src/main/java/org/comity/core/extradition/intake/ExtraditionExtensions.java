package org.comity.core.extradition.intake;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.extradition.WindowExtensions;
import org.comity.core.extradition.request.ExtensionRequest;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requesting state asks for the single extension of a running window: the provisional arrest
 * (S10 Art. 31 para. 3), the supplementary information (Art. 18) or the surrender (Art. 40: up to
 * 30 more days, only for causes beyond its control, which it must state). The requested side's
 * process extends its timer; a second extension, one asked for after expiry, or one the legal basis
 * does not allow is refused with 422 and changes nothing; 409 when no such window is running. The
 * extension and its cause are kept in {@code extradition_extension}, never in the engine.
 */
@Service
public class ExtraditionExtensions implements WindowExtensions {

    private final CaseFiles cases;
    private final RuntimeService runtime;
    private final ExtraditionRecords records;
    private final Validator validator;
    private final AuditLog audit;

    ExtraditionExtensions(
            CaseFiles cases, RuntimeService runtime, ExtraditionRecords records, Validator validator, AuditLog audit) {
        this.cases = cases;
        this.runtime = runtime;
        this.records = records;
        this.validator = validator;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void request(Actor actor, String caseId, Window window, ExtensionRequest extension) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (!RequestingStateMayWrite.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only the requesting state's agency or officers may ask for an extension");
        }
        ExtensionRequest given = extension == null ? ExtensionRequest.withoutCause() : extension;
        check(window, given);
        try {
            runtime.createMessageCorrelation(window.message())
                    .processInstanceBusinessKey(caseId)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException(
                    "No " + window.name().toLowerCase().replace('_', ' ') + " window is running", e);
        } catch (IllegalStateException e) {
            throw new InvalidInputException(List.of(new FieldError("window", "SingleExtension", e.getMessage())));
        }
        records.storeExtension(caseFile.id(), window.name(), given.cause(), actor);
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "extradition.extension")
                .object(AuditObjectType.CASE, caseId)
                .caseId(caseFile.id())
                .purpose(window.name())
                .changeDigest(given.cause() == null ? null : ChangeDigest.of(given.cause()))
                .build());
    }

    private void check(Window window, ExtensionRequest extension) {
        List<FieldError> errors = new ArrayList<>(Violations.toFieldErrors(validator.validate(extension)));
        if (window.causeRequired()
                && (extension.cause() == null || extension.cause().isBlank())) {
            errors.add(new FieldError(
                    "cause",
                    "CauseBeyondControl",
                    "must state the cause beyond the requesting state's control that prevents the take-over"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

package org.comity.core.extradition.intake;

import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.extradition.process.ExtraditionProcesses.Messages;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requesting state asks for the single extension of a running window: the provisional arrest
 * (S10 Art. 31 para. 3) or the supplementary information (Art. 18). The requested side's process
 * extends its timer; a second extension, one asked for after expiry, or one the legal basis does not
 * allow is refused with 422 and changes nothing; 409 when no such window is running.
 */
@Service
public class ExtraditionExtensions {

    /** Which window an extension is for. */
    public enum Window {
        PROVISIONAL_ARREST(Messages.PROVISIONAL_ARREST_EXTENSION_REQUESTED),
        SUPPLEMENTARY_INFORMATION(Messages.SUPPLEMENTARY_EXTENSION_REQUESTED);

        private final String message;

        Window(String message) {
            this.message = message;
        }
    }

    private final CaseFiles cases;
    private final RuntimeService runtime;
    private final AuditLog audit;

    ExtraditionExtensions(CaseFiles cases, RuntimeService runtime, AuditLog audit) {
        this.cases = cases;
        this.runtime = runtime;
        this.audit = audit;
    }

    @Transactional
    public void request(Actor actor, String caseId, Window window) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (actor.role() != Role.AGENCY && actor.role() != Role.OFFICER || !caseFile.requesting().equals(actor.jurisdiction())) {
            throw new ForbiddenException("Only the requesting state's agency or officers may ask for an extension");
        }
        try {
            runtime.createMessageCorrelation(window.message).processInstanceBusinessKey(caseId).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("No " + window.name().toLowerCase().replace('_', ' ') + " window is running", e);
        } catch (IllegalStateException e) {
            throw new InvalidInputException(List.of(new FieldError("window", "SingleExtension", e.getMessage())));
        }
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "extradition.extension")
                .object(AuditObjectType.CASE, caseId).caseId(caseFile.id()).purpose(window.name()).build());
    }
}

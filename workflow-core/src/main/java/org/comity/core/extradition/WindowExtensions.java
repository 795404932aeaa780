package org.comity.core.extradition;

import org.comity.core.extradition.ExtraditionProcesses.Messages;
import org.comity.core.extradition.request.ExtensionRequest;
import org.comity.core.identity.Actor;

/**
 * The requesting state asks for the single extension of a running window of the requested side.
 * Part of the feature's published surface; {@code intake.ExtraditionExtensions} implements it.
 */
public interface WindowExtensions {

    /** Which window an extension is for, the message that extends it, and whether a cause must be given. */
    enum Window {
        PROVISIONAL_ARREST(Messages.PROVISIONAL_ARREST_EXTENSION_REQUESTED, false),
        SUPPLEMENTARY_INFORMATION(Messages.SUPPLEMENTARY_EXTENSION_REQUESTED, false),
        /** Only for causes beyond the requesting state's control, which it must state (S10 Art. 40). */
        SURRENDER(Messages.SURRENDER_EXTENSION_REQUESTED, true);

        private final String message;
        private final boolean causeRequired;

        Window(String message, boolean causeRequired) {
            this.message = message;
            this.causeRequired = causeRequired;
        }

        public String message() {
            return message;
        }

        public boolean causeRequired() {
            return causeRequired;
        }
    }

    /** Extends {@code window} of the case once, or refuses. */
    void request(Actor actor, String caseId, Window window, ExtensionRequest extension);
}

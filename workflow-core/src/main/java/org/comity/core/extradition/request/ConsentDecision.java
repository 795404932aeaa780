package org.comity.core.extradition.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.validation.VisibleText;

/**
 * The requested state's answer to a request for consent (S10 Art. 14(1); S1 Art. 14(1)(a): consent
 * should be given where the offence is itself extraditable). Reasons are required either way.
 */
public record ConsentDecision(
        @NotNull Decision decision,

        @NotBlank @Size(max = 4000) @VisibleText(multiline = true)
        String reasons) {

    /** Consent given or refused. */
    public enum Decision {
        GRANTED,
        REFUSED
    }
}

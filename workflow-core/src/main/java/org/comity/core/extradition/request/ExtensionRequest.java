package org.comity.core.extradition.request;

import jakarta.validation.constraints.Size;
import org.comity.core.validation.VisibleText;

/**
 * The requesting state's request for the single extension of a window.
 *
 * @param cause why the period cannot be met; required for the surrender window, whose extension the
 *     law allows only for causes beyond the requesting state's control (S10 Art. 40), optional for the
 *     others (S10 Arts. 18, 31)
 */
public record ExtensionRequest(
        @Size(max = 2000) @VisibleText(multiline = true) String cause) {

    /** An extension request that gives no cause. */
    public static ExtensionRequest withoutCause() {
        return new ExtensionRequest(null);
    }
}

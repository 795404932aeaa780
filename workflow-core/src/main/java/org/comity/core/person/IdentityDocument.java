package org.comity.core.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.comity.core.validation.PlausibleDate;
import org.comity.core.validation.VisibleText;

/**
 * An identity document of the person. The number is ASCII only (upper-case letters, digits and
 * {@code / ( ) -}), so that look-alike characters from other scripts or full-width digits cannot
 * create a second identity for the same document.
 *
 * @param type kind of document
 * @param number document number as printed in its machine-readable form
 * @param issuingState ISO 3166-1 alpha-2 code of the issuing state
 * @param expiry expiry date, if the document has one
 */
public record IdentityDocument(
        @NotNull(message = "{extradition.required}") IdentityDocumentType type,

        @NotNull(message = "{extradition.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9/()-]{0,29}", message = "{extradition.document.number}")
        @VisibleText
        String number,

        @NotNull(message = "{extradition.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{extradition.state.code}")
        @VisibleText
        String issuingState,

        @PlausibleDate(yearsAhead = 30) LocalDate expiry) {}

package org.comity.core.document;

import java.time.LocalDate;
import java.util.Objects;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;

/**
 * One signature block: in what act the signer signs, the named officer with title, the authority
 * they sign for, and where and when. A document both sides act on carries one block per side, each
 * naming the officer who recorded that side's act.
 *
 * @param act in what act or for which side the block is signed, e.g. "Handed over by"
 * @param name the officer, in their own script and in Latin; {@code null} when no named officer
 * acted in Comity (an agency's submission), and the block leaves a line for the name to be written
 * @param title the officer's title, or {@code null} with {@code name}
 * @param authority the authority the officer signs for, never {@code null}
 * @param place where the officer signs, or {@code null} to leave a line for it
 * @param date the day of the act the officer signs for, or {@code null} for the issue date
 */
public record Signatory(Text act, PersonName name, Text title, Text authority, Text place, LocalDate date) {

    public static final Text ISSUING_AUTHORITY = Phrase.of("signature.act.issuing-authority");

    public Signatory {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(authority, "authority");
    }

    /** A named officer signing for the issuing authority on the issue date, place left to be written. */
    public Signatory(PersonName name, Text title, Text authority) {
        this(ISSUING_AUTHORITY, name, title, authority, null, null);
    }
}

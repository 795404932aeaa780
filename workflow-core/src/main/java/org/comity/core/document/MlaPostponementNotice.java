package org.comity.core.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Notice that the requested state postpones mutual legal assistance because executing it now would
 * interfere with its own ongoing investigation, prosecution or judicial proceeding (UNTOC Art.
 * 18(25); ICJA Art. 16 para. 2), with the reasons and the date until which it is postponed.
 *
 * @param requestReference the requesting state's reference of the request postponed
 */
public record MlaPostponementNotice(String requestReference, LocalDate postponedUntil, FreeText reasons)
        implements DocumentContent {

    public MlaPostponementNotice {
        Objects.requireNonNull(postponedUntil, "postponedUntil");
        Objects.requireNonNull(reasons, "reasons");
    }

    @Override
    public DocumentType type() {
        return DocumentType.MLA_POSTPONEMENT_NOTICE;
    }
}

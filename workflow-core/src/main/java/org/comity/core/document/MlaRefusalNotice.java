package org.comity.core.document;

import java.util.List;
import java.util.Objects;
import org.comity.core.text.Text;

/**
 * Notice that the requested state refuses mutual legal assistance, with its reasons: UNTOC Art.
 * 18(23) requires reasons for any refusal, China's ICJA Art. 16(2) to state them (legal-domain.md
 * §4.3, §9 item 14). It names each ground cited (UNTOC Art. 18(21); ICJA Art. 14), the reasons as the
 * assessing officer wrote them and, where an optional ground was cited, the rationale for using it.
 *
 * @param requestReference the requesting state's reference of the request refused
 * @param rationale {@code null} when no optional ground needed one
 */
public record MlaRefusalNotice(String requestReference, List<Ground> grounds, FreeText reasons, FreeText rationale)
        implements DocumentContent {

    public MlaRefusalNotice {
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(reasons, "reasons");
        if (grounds.isEmpty()) {
            throw new IllegalArgumentException("a refusal cites at least one ground");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.MLA_REFUSAL_NOTICE;
    }

    /** A ground cited: its code (legal-domain.md §4.3) and its wording in both languages. */
    public record Ground(String code, Text wording) {}
}

package org.comity.web.config;

import java.util.List;
import java.util.Optional;
import org.comity.core.audit.AuditAddendum;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.validation.TextConversions;
import org.springframework.stereotype.Component;

/**
 * When a change stores text that was sent as Zawgyi and converted to Unicode as it was read
 * ({@link TextConversions}), the audit log keeps the digest of what was originally sent, in an
 * entry right after the change's own: the stored text alone would not prove what the sender typed.
 * The digest is SHA-256 of one line per converted text, {@code field TAB original LF}, in the order
 * the request was read, so that whoever holds the original request can recompute it.
 */
@Component
class ZawgyiOriginalsAudit implements AuditAddendum {

    static final String ACTION = "text.converted-from-zawgyi";

    @Override
    public Optional<AuditEvent> after(AuditEvent change) {
        if (change.category() != AuditCategory.COLLECTION && change.category() != AuditCategory.ALTERATION
                || ACTION.equals(change.action())) {
            return Optional.empty();
        }
        List<TextConversions.Conversion> conversions = TextConversions.takeUnaudited();
        if (conversions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AuditEvent.of(change.actor(), AuditCategory.ALTERATION, ACTION)
                .object(change.objectType(), change.objectId())
                .caseId(change.caseId())
                .changeDigest(ChangeDigest.of(originals(conversions)))
                .build());
    }

    static String originals(List<TextConversions.Conversion> conversions) {
        StringBuilder canonical = new StringBuilder();
        for (TextConversions.Conversion conversion : conversions) {
            canonical
                    .append(conversion.field() == null ? "" : conversion.field())
                    .append('\t')
                    .append(conversion.original())
                    .append('\n');
        }
        return canonical.toString();
    }
}

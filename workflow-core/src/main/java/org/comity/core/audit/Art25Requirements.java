package org.comity.core.audit;

/**
 * EU Law Enforcement Directive (2016/680), Art. 25(1): the logs of consultation and disclosure
 * "shall make it possible to establish the justification for, and the date and time of, such
 * operations and, as far as possible, the identification of the person who consulted or disclosed
 * personal data, and the identity of the recipients of such personal data". Date, time and actor
 * are always present; this rule adds the justification and the recipient.
 */
final class Art25Requirements {

    private Art25Requirements() {}

    static void check(AuditCategory category, String purpose, String recipient) {
        boolean needsJustification = category == AuditCategory.CONSULTATION || category == AuditCategory.DISCLOSURE;
        if (needsJustification && (purpose == null || purpose.isBlank())) {
            throw new IllegalArgumentException(category + " must state its justification (LED Art. 25(1))");
        }
        if (category == AuditCategory.DISCLOSURE && (recipient == null || recipient.isBlank())) {
            throw new IllegalArgumentException("DISCLOSURE must name its recipient (LED Art. 25(1))");
        }
    }
}

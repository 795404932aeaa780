package org.comity.core.document;

/**
 * The documents Comity issues (DESIGN.md §9, legal-domain.md §2.8, §4, §5.3). Their titles are
 * wording: printed from document-service's bundles ({@code title.<TYPE>}) and shown on pages from the
 * web messages ({@code document.title.<TYPE>}), in every language that has them.
 */
public enum DocumentType {
    EXTRADITION_REQUEST,
    SUPPLEMENTARY_INFORMATION_REQUEST,
    EXTRADITION_DECISION,
    SURRENDER_RECORD,
    PROVISIONAL_ARREST_RELEASE_NOTICE,
    HANDOVER_MANIFEST,
    HANDOVER_RECEIPT,
    MLA_LETTER_OF_REQUEST,
    MLA_EXECUTION_REPORT,
    MLA_REFUSAL_NOTICE,
    MLA_POSTPONEMENT_NOTICE,
    CASE_AUDIT_REPORT
}

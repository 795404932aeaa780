package org.comity.core.document;

/**
 * The type-specific part of a document. Sealed so that the renderer can be checked, at compile
 * time, to have a template for every document type.
 */
public sealed interface DocumentContent
        permits ExtraditionRequest,
                SupplementaryInformationRequest,
                ExtraditionDecision,
                SurrenderRecord,
                ProvisionalArrestReleaseNotice,
                HandoverManifest,
                HandoverReceipt,
                MlaLetterOfRequest,
                MlaExecutionReport,
                MlaRefusalNotice,
                MlaPostponementNotice,
                CaseAuditReport {

    DocumentType type();

    /**
     * Whether the issuing state asked for the document to be kept confidential (UNTOC Art. 18(20));
     * such a document is marked so on every page.
     */
    default boolean confidential() {
        return false;
    }
}

package org.comity.core.document;

/**
 * The documents Comity issues (DESIGN.md §9, legal-domain.md §2.8, §4, §5.3), with the bilingual
 * titles printed on them; the titles live here because they are legal wording, not layout.
 */
public enum DocumentType {
    EXTRADITION_REQUEST("Request for Extradition", "引渡请求书"),
    SUPPLEMENTARY_INFORMATION_REQUEST("Request for Supplementary Information", "补充材料请求"),
    EXTRADITION_DECISION("Decision on Extradition", "引渡决定书"),
    SURRENDER_RECORD("Record of Surrender", "移交笔录"),
    PROVISIONAL_ARREST_RELEASE_NOTICE("Notice of Release from Provisional Arrest", "解除引渡拘留通知书"),
    HANDOVER_MANIFEST("Handover Manifest", "移交人员名册"),
    HANDOVER_RECEIPT("Handover Receipt", "接收回执"),
    MLA_LETTER_OF_REQUEST("Letter of Request for Mutual Legal Assistance", "刑事司法协助请求书"),
    MLA_EXECUTION_REPORT("Report on Execution of Mutual Legal Assistance", "刑事司法协助执行情况报告"),
    MLA_REFUSAL_NOTICE("Notice of Refusal of Mutual Legal Assistance", "不予提供刑事司法协助通知书"),
    MLA_POSTPONEMENT_NOTICE("Notice of Postponement of Mutual Legal Assistance", "暂缓提供刑事司法协助通知书"),
    CASE_AUDIT_REPORT("Case Audit Report", "案件审计报告");

    private final String englishTitle;

    private final String chineseTitle;

    DocumentType(String englishTitle, String chineseTitle) {
        this.englishTitle = englishTitle;
        this.chineseTitle = chineseTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }

    public String chineseTitle() {
        return chineseTitle;
    }
}

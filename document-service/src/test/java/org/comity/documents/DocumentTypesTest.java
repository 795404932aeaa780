package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.documents.DocumentFixtures.*;

import java.util.Locale;
import java.util.stream.Stream;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.wording.DocumentBundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document type, rendered from a fixture and read back: the text in both languages, names in
 * Chinese and Latin script, the case reference, dates in the zone they were recorded in, and
 * PDF/A-2b conformance as veraPDF sees it.
 */
class DocumentTypesTest {

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    static Stream<Arguments> documents() {
        return Stream.of(
                document(
                        "extradition-request",
                        anExtraditionRequestFromChinaToMyanmar(),
                        "Request for Extradition",
                        "引渡请求书",
                        "EXT-CN-2026-000123",
                        "张伟",
                        "Zhang Wei",
                        "2026-03-14 10:30 (UTC+08:00, Asia/Shanghai)",
                        "电信网络诈骗罪",
                        "Life imprisonment",
                        "特定性"),
                document(
                        "extradition-request-enforcement",
                        anEnforcementRequestFromChinaToMyanmar(),
                        "Request for Extradition",
                        "云南省昆明市中级人民法院",
                        "2025-11-03",
                        "有期徒刑96个月",
                        "7年2个月"),
                document(
                        "supplementary-information",
                        aRequestForSupplementaryInformation(),
                        "Request for Supplementary Information",
                        "补充材料请求",
                        "EXT-MM-2026-000041",
                        "张伟",
                        "Zhang Wei",
                        "2026-06-01 16:45 (UTC+06:30, Asia/Yangon)",
                        "2026-04-30 (2026年4月30日)",
                        "Certified copy of the arrest warrant"),
                document(
                        "decision-grant",
                        aDecisionGrantingExtradition(),
                        "Decision on Extradition",
                        "引渡决定书",
                        "Extradition is granted",
                        "准予引渡",
                        "张伟",
                        "Zhang Wei"),
                document(
                        "decision-grant-after-ruling",
                        aGrantFollowingTheCourtsRuling(),
                        "Yangon Region High Court",
                        "Dual criminality is established.",
                        "电信网络诈骗罪"),
                document(
                        "decision-refusal",
                        aDecisionRefusingExtradition(),
                        "Extradition is refused",
                        "不予引渡",
                        "POL",
                        "Mandatory / 应当拒绝",
                        "HUM",
                        "Optional / 可以拒绝",
                        "该犯罪属于政治犯罪",
                        "法院已审查请求及所附证据"),
                document(
                        "decision-postponement",
                        aDecisionPostponingSurrender(),
                        "Surrender is postponed",
                        "暂缓引渡",
                        "2026-09-01 (2026年9月1日)"),
                document(
                        "surrender-record",
                        aSurrenderRecordAtDaluo(),
                        "Record of Surrender",
                        "移交笔录",
                        "打洛口岸",
                        "2026-06-02 09:15 (UTC+06:30, Asia/Yangon)",
                        "李强, Ministry of Public Security",
                        "Aung Min",
                        "Mobile telephone, black"),
                document(
                        "provisional-arrest-release",
                        aReleaseFromProvisionalArrest(),
                        "Notice of Release from Provisional Arrest",
                        "解除引渡拘留通知书",
                        "EXT-MM-2026-000052",
                        "2026-02-01 22:40 (UTC+06:30, Asia/Yangon)",
                        "30 days / 30 日",
                        "应立即解除对该人的引渡拘留"),
                document(
                        "handover-receipt",
                        aReceiptWithTwoDiscrepancies(),
                        "Handover Receipt",
                        "接收回执",
                        "1523",
                        "1521",
                        "刘伟 (Liu Wei)",
                        "吴伟 (Wu Wei)",
                        "在大其力住院",
                        "2026-06-02 11:05 (UTC+08:00, Asia/Shanghai)"),
                document(
                        "mla-letter-of-request",
                        anMlaLetterOfRequestToMyanmar(),
                        "Letter of Request for Mutual Legal Assistance",
                        "刑事司法协助请求书",
                        "MLA-CN-2026-000310",
                        "调取0012-3344-55账户的银行记录",
                        "Yes / 是",
                        "张伟",
                        "Zhang Wei"),
                document(
                        "mla-execution-report",
                        anMlaExecutionReportWithThreeEvidenceItems(),
                        "Report on Execution of Mutual Legal Assistance",
                        "刑事司法协助执行情况报告",
                        "EV-3",
                        "Witness statement of the landlord",
                        "2026-07-10 14:00 (UTC+06:30,",
                        "SHA-256"),
                document(
                        "mla-refusal-notice",
                        anMlaRefusalFromChina(),
                        "Notice of Refusal of Mutual Legal Assistance",
                        "不予提供刑事司法协助通知书",
                        "MLA-MM-2026-000044 / MPF-MLA-2026-17",
                        "Assistance is refused / 不予提供协助",
                        "UNTOC Art. 18(23)",
                        "SOV",
                        "DC",
                        "Not an offence under the requested state's law",
                        "询问该证人将泄露涉及国家安全的事项。",
                        "所涉行为依我国法律不构成犯罪"),
                document(
                        "mla-postponement-notice",
                        anMlaPostponementFromMyanmar(),
                        "Notice of Postponement of Mutual Legal Assistance",
                        "暂缓提供刑事司法协助通知书",
                        "Execution is postponed / 暂缓执行",
                        "2026-09-30 (2026年9月30日)",
                        "UNTOC Art. 18(25)",
                        "The account holder is on trial before the Yangon Region High Court"),
                document(
                        "case-audit-report",
                        aCaseAuditReportOfFortyEntries(),
                        "Case Audit Report",
                        "案件审计报告",
                        "Yes: no entry was altered",
                        "supervisor.wang@mps",
                        "查阅文件",
                        "Times shown in / 时间所用时区 Asia/Shanghai (China Time / 中国时间)",
                        "Auditing authority / 审计机关 Auditor of the People's Republic of China"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsBackInEnglishAndChineseAsPdfA2b(String name, DocumentRequest request, String[] expected) {
        RenderedDocument rendered = GENERATOR.render(request);
        PdfAssertions.write(name, rendered.bytes());

        String text = PdfAssertions.text(rendered.bytes());

        assertThat(text)
                .contains(expected)
                .contains(request.header().caseReference())
                .contains(title(request, "en"), title(request, "zh-Hans"))
                .contains(
                        request.header().issuing().englishName(),
                        request.header().receiving().englishName())
                .contains("Page 1 of " + rendered.pageCount(), "第 1 页 共 " + rendered.pageCount() + " 页")
                .contains(rendered.verificationCode());
        assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
    }

    /** The document's title as the wording bundle of {@code language} holds it. */
    private static String title(DocumentRequest request, String language) {
        return DocumentBundles.of(Locale.forLanguageTag(language))
                .orElseThrow()
                .getString("title." + request.type().name());
    }

    private static Arguments document(String name, DocumentRequest request, String... expected) {
        return Arguments.of(name, request, expected);
    }
}

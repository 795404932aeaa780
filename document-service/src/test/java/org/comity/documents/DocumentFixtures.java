package org.comity.documents;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.comity.core.document.CaseAuditReport;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.ExtraditionDecision;
import org.comity.core.document.ExtraditionDecision.Outcome;
import org.comity.core.document.ExtraditionDecision.RefusalGround;
import org.comity.core.document.ExtraditionRequest;
import org.comity.core.document.FreeText;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.HandoverReceipt;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.document.MlaExecutionReport;
import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.MlaPostponementNotice;
import org.comity.core.document.MlaRefusalNotice;
import org.comity.core.document.Officer;
import org.comity.core.document.PersonName;
import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.core.document.Signatory;
import org.comity.core.document.Subject;
import org.comity.core.document.SupplementaryInformationRequest;
import org.comity.core.document.SurrenderRecord;
import org.comity.core.document.Transport;
import org.comity.core.document.TravelDocument;
import org.comity.core.signature.Signatories;
import org.comity.core.text.MultilingualText;
import org.comity.core.text.Text;

/**
 * Named documents from the China–Myanmar scenario of DESIGN.md, one per document type.
 */
final class DocumentFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final ZoneId YANGON = ZoneId.of("Asia/Yangon");

    static final JurisdictionRef CHINA =
            new JurisdictionRef("CN", names("People's Republic of China", "zh-Hans", "中华人民共和国"));

    static final JurisdictionRef MYANMAR = new JurisdictionRef(
            "MM", names("Republic of the Union of Myanmar", "my", "ပြည်ထောင်စု သမ္မတ မြန်မာနိုင်ငံတော်"));

    static final List<Locale> ENGLISH_AND_CHINESE = List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans"));

    static final Subject ZHANG_WEI = Subject.of(
            new PersonName("张伟", "Zhang Wei"),
            List.of("阿伟", "Ah Wei"),
            Subject.Sex.MALE,
            LocalDate.of(1988, 5, 17),
            List.of("CN"),
            List.of(new Subject.IdentityDocument(
                    Subject.IdentityDocument.Kind.PASSPORT, "E12345678", "CN", LocalDate.of(2031, 8, 19))));

    private static final String[] SURNAMES = {
        "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"
    };

    private static final String[] SURNAMES_LATIN = {
        "Zhang", "Wang", "Li", "Zhao", "Liu", "Chen", "Yang", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Luo", "Gao"
    };

    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "杰", "军", "勇", "涛", "明", "超", "秀英", "建华", "志强", "海燕", "晓东"
    };

    private static final String[] GIVEN_LATIN = {
        "Wei",
        "Fang",
        "Na",
        "Min",
        "Jing",
        "Lei",
        "Qiang",
        "Yang",
        "Yan",
        "Jie",
        "Jun",
        "Yong",
        "Tao",
        "Ming",
        "Chao",
        "Xiuying",
        "Jianhua",
        "Zhiqiang",
        "Haiyan",
        "Xiaodong"
    };

    private DocumentFixtures() {}

    static DocumentRequest anExtraditionRequestFromChinaToMyanmar() {
        return fromChina(
                "EXT-CN-2026-000123",
                new ExtraditionRequest(
                        ZHANG_WEI,
                        text("Prosecution", "追究刑事责任"),
                        text("Ordinary request", "普通请求"),
                        text("Diplomatic channel", "外交途径"),
                        text("Reciprocity undertaking of the People's Republic of China", "中华人民共和国互惠承诺"),
                        LocalDate.of(2026, 3, 14),
                        new ExtraditionRequest.Warrant(
                                zh("昆明市公安局"), LocalDate.of(2026, 2, 10), "Arrest warrant 2026-PSB-KM-0457"),
                        null,
                        List.of(anOffence()),
                        zh("2025年3月至2026年1月，该人在妙瓦底经营诈骗窝点，骗取2310名被害人共计人民币4860万元。"),
                        List.of(
                                undertaking("Speciality", "特定性", true),
                                undertaking("No re-extradition", "不再引渡", true),
                                undertaking("Reciprocity", "互惠", false))));
    }

    /** China asks Myanmar to enforce a sentence: a final judgment, no warrant. */
    static DocumentRequest anEnforcementRequestFromChinaToMyanmar() {
        ExtraditionRequest prosecution =
                (ExtraditionRequest) anExtraditionRequestFromChinaToMyanmar().content();
        return fromChina(
                "EXT-CN-2026-000125",
                new ExtraditionRequest(
                        ZHANG_WEI,
                        text("Enforcement of a sentence", "执行刑罚"),
                        prosecution.urgency(),
                        prosecution.channel(),
                        prosecution.legalBasis(),
                        LocalDate.of(2026, 3, 14),
                        null,
                        new ExtraditionRequest.Judgment(
                                zh("云南省昆明市中级人民法院"),
                                LocalDate.of(2025, 11, 3),
                                true,
                                true,
                                text("96 months' imprisonment", "有期徒刑96个月"),
                                text("7 years 2 months (P7Y2M)", "7年2个月")),
                        prosecution.offences(),
                        prosecution.factsSummary(),
                        List.of(undertaking("Retrial in the person's presence", "在被请求引渡人在场的情况下重新审判", true))));
    }

    static ExtraditionRequest.Offence anOffence() {
        return new ExtraditionRequest.Offence(
                zh("电信网络诈骗罪（组织诈骗窝点）"),
                zh("《中华人民共和国刑法》第二百六十六条"),
                FreeText.asWritten("Penal Code s. 420", "zh"),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 1, 31),
                zh("缅甸克伦邦妙瓦底"),
                text("Life imprisonment", "无期徒刑"));
    }

    private static ExtraditionRequest.Undertaking undertaking(String english, String chinese, boolean given) {
        return new ExtraditionRequest.Undertaking(text(english, chinese), given);
    }

    static DocumentRequest aRequestForSupplementaryInformation() {
        return fromMyanmar(
                "EXT-MM-2026-000041",
                new SupplementaryInformationRequest(
                        ZHANG_WEI,
                        "EXT-CN-2026-000123",
                        List.of(
                                en("Certified copy of the arrest warrant"),
                                en("Evidence of the person's identity (fingerprints)")),
                        LocalDate.of(2026, 4, 30),
                        text("The request will be treated as withdrawn.", "请求将被视为撤回。")));
    }

    static DocumentRequest aDecisionGrantingExtradition() {
        return decision(Outcome.GRANTED, List.of(), null);
    }

    /** The executive grants after the court's ruling; the decision lists the offences granted. */
    static DocumentRequest aGrantFollowingTheCourtsRuling() {
        return fromMyanmar(
                "EXT-MM-2026-000041",
                new ExtraditionDecision(
                        ZHANG_WEI,
                        text("The executive authority", "行政主管机关"),
                        Outcome.GRANTED,
                        List.of(),
                        new ExtraditionDecision.CourtRuling(
                                my("Yangon Region High Court"),
                                LocalDate.of(2026, 5, 20),
                                text("Meets the conditions for extradition", "符合引渡条件"),
                                my("Dual criminality is established.")),
                        my("The Union Government grants the request."),
                        null,
                        null,
                        List.of(anOffence())));
    }

    static DocumentRequest aDecisionRefusingExtradition() {
        return decision(
                Outcome.REFUSED,
                List.of(
                        new RefusalGround("POL", true, text("The offence is a political offence.", "该犯罪属于政治犯罪。")),
                        new RefusalGround(
                                "HUM",
                                false,
                                text(
                                        "Surrender would be incompatible with humanitarian considerations given the "
                                                + "person's age and health.",
                                        "鉴于该人的年龄和健康状况，引渡不符合人道主义考虑。"))),
                null);
    }

    static DocumentRequest aDecisionPostponingSurrender() {
        return decision(Outcome.POSTPONED, List.of(), LocalDate.of(2026, 9, 1));
    }

    private static DocumentRequest decision(Outcome outcome, List<RefusalGround> grounds, LocalDate postponedUntil) {
        return fromMyanmar(
                "EXT-MM-2026-000041",
                new ExtraditionDecision(
                        ZHANG_WEI,
                        text("Supreme Court of the Union", "联邦最高法院"),
                        outcome,
                        grounds,
                        null,
                        my("The court has examined the request and the evidence produced.")
                                .withTranslation("法院已审查请求及所附证据。", "zh"),
                        outcome == Outcome.REFUSED ? my("The person is 81 years old and gravely ill.") : null,
                        postponedUntil,
                        outcome == Outcome.REFUSED ? List.of() : List.of(anOffence())));
    }

    static DocumentRequest aSurrenderRecordAtDaluo() {
        return fromMyanmar(
                "EXT-MM-2026-000041",
                new SurrenderRecord(
                        ZHANG_WEI,
                        LocalDate.of(2026, 6, 1),
                        my("Daluo port").withTranslation("打洛口岸", "zh"),
                        my("Two officers of the Myanmar Police Force"),
                        ZonedDateTime.of(2026, 6, 2, 9, 15, 0, 0, YANGON),
                        my("Police Major Aung Min, Myanmar Police Force, MPF-2201"),
                        my("李强, Ministry of Public Security, MPS-88012"),
                        List.of(my("Mobile telephone, black"), my("Passport E12345678"))));
    }

    static DocumentRequest aReleaseFromProvisionalArrest() {
        return fromMyanmar(
                "EXT-MM-2026-000052",
                new ProvisionalArrestReleaseNotice(
                        ZHANG_WEI,
                        ZonedDateTime.of(2026, 2, 1, 22, 40, 0, 0, YANGON),
                        ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, YANGON),
                        30,
                        text(
                                "No formal extradition request was received within 30 days of the provisional arrest.",
                                "自引渡拘留之日起30日内未收到正式引渡请求。"),
                        my("Insein remand centre, Yangon"),
                        my("Released at the gate to his counsel")));
    }

    static final UUID BATCH = UUID.fromString("6f1c2a34-1d1e-4c61-9a57-1523aa000001");

    static final Transport CHARTER_FLIGHT = new Transport(Transport.Mode.AIR, "MU 2028");

    static final List<Officer> ESCORTS = List.of(
            new Officer(new PersonName("Aung Min", "Aung Min"), "Myanmar Police Force", "MPF-2201"),
            new Officer(new PersonName("Kyaw Zin", "Kyaw Zin"), "Myanmar Police Force", "MPF-2202"));

    static DocumentRequest aManifestOf1523PersonsFromMyanmar() {
        return fromMyanmar(
                "REP-MM-2026-000007",
                new HandoverManifest(
                        BATCH,
                        my("Joint operation against telecom fraud, Myawaddy"),
                        my("Daluo port"),
                        ZonedDateTime.of(2026, 6, 2, 8, 0, 0, 0, YANGON),
                        CHARTER_FLIGHT,
                        manifestEntries(1523),
                        ESCORTS));
    }

    /**
     * Generated persons: every 17th without a travel document, every 50th not verified yet, every
     * 29th a trafficking victim and every 31st not screened, so that each wording of each column occurs.
     */
    static List<HandoverManifest.Entry> manifestEntries(int count) {
        List<HandoverManifest.Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int surname = i % SURNAMES.length;
            int given = (i / SURNAMES.length) % GIVEN.length;
            PersonName name = new PersonName(
                    SURNAMES[surname] + GIVEN[given], SURNAMES_LATIN[surname] + " " + GIVEN_LATIN[given]);
            entries.add(new HandoverManifest.Entry(
                    name,
                    i % 3 == 0 ? "F" : "M",
                    LocalDate.of(1970, 1, 1).plusDays(i * 11L % 12000),
                    i % 50 == 49 ? null : "CN",
                    status(i),
                    i % 17 == 0
                            ? new TravelDocument(TravelDocument.Kind.NONE, "", null)
                            : new TravelDocument(
                                    TravelDocument.Kind.EMERGENCY_TRAVEL_DOC,
                                    String.format("ETD%07d", i + 1),
                                    LocalDate.of(2026, 8, 1).plusDays(i % 90))));
        }
        return entries;
    }

    private static HandoverManifest.ScreeningStatus status(int i) {
        if (i % 29 == 28) {
            return HandoverManifest.ScreeningStatus.VICTIM_SCREENED;
        }
        if (i % 31 == 30) {
            return HandoverManifest.ScreeningStatus.UNSCREENED;
        }
        return i % 37 == 36
                ? HandoverManifest.ScreeningStatus.POSSIBLE_VICTIM
                : HandoverManifest.ScreeningStatus.SUSPECT_SCREENED;
    }

    /** Rows 5 and 10 of the manifest (刘伟 Liu Wei, 吴伟 Wu Wei) are not received. */
    static final List<Integer> NOT_RECEIVED = List.of(4, 9);

    static DocumentRequest aReceiptWithTwoDiscrepancies() {
        List<HandoverManifest.Entry> entries = manifestEntries(1523);
        List<HandoverReceipt.Line> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            lines.add(new HandoverReceipt.Line(
                    entries.get(i).name(), entries.get(i).travelDocument(), !NOT_RECEIVED.contains(i)));
        }
        return fromChina(
                "REP-MM-2026-000007",
                new HandoverReceipt(
                        BATCH,
                        zh("打洛口岸"),
                        ZonedDateTime.of(2026, 6, 2, 11, 5, 0, 0, SHANGHAI),
                        CHARTER_FLIGHT,
                        1523,
                        1521,
                        lines,
                        List.of(
                                new HandoverReceipt.Discrepancy(entries.get(4).name(), zh("在大其力住院，随下一批移交。")),
                                new HandoverReceipt.Discrepancy(entries.get(9).name(), zh("未接收：经核实为缅甸国籍。"))),
                        new Officer(new PersonName("李强", "Li Qiang"), "Ministry of Public Security", "MPS-88012"),
                        ESCORTS,
                        new HandoverReceipt.Handover(1521, 40, my("Two persons held back at Tachileik hospital")),
                        new HandoverReceipt.ManifestReference(
                                UUID.fromString("0b7f3e9a-5d1c-3f77-8a41-6c2d9e000007"),
                                "5A1C-77E2-90B4",
                                sha256("manifest REP-MM-2026-000007"))));
    }

    static DocumentRequest anMlaLetterOfRequestToMyanmar() {
        Subject suspect = new Subject(
                ZHANG_WEI.name(),
                List.of(),
                Subject.Sex.MALE,
                ZHANG_WEI.dateOfBirth(),
                List.of("CN"),
                ZHANG_WEI.identityDocuments(),
                zh("缅甸克伦邦妙瓦底KK园区"),
                text("Suspect", "犯罪嫌疑人"));
        return fromChina(
                "MLA-CN-2026-000310",
                new MlaLetterOfRequest(
                        new MlaLetterOfRequest.RequestingAuthority(
                                zh("公安部刑事侦查局"), zh("李明"), "li.ming@example.cn", "+86 10 6620 0000"),
                        new MlaLetterOfRequest.Proceedings(
                                text("Investigation", "侦查"),
                                "KM-2026-0042",
                                text(
                                        "United Nations Convention against Transnational Organized Crime",
                                        "联合国打击跨国有组织犯罪公约"),
                                false),
                        zh("诈骗窝点人员通过电话诈骗中国境内被害人。"),
                        List.of(new MlaLetterOfRequest.Offence(
                                zh("电信网络诈骗"), zh("《中华人民共和国刑法》第二百六十六条"), text("Life imprisonment", "无期徒刑"))),
                        new MlaLetterOfRequest.Assistance(
                                List.of(text("Bank records", "调取银行记录")),
                                zh("调取0012-3344-55账户的银行记录"),
                                zh("请由银行出具经认证的副本"),
                                null,
                                false),
                        List.of(suspect),
                        zh("查明资金流向"),
                        zh("该账户接收了被害人的转账"),
                        LocalDate.of(2026, 8, 31),
                        zh("嫌疑人羁押期限将于三个月后届满"),
                        new MlaLetterOfRequest.Confidentiality(zh("同案犯在逃，泄露将导致证据灭失")),
                        new MlaLetterOfRequest.Languages("zh", List.of("en"))));
    }

    /** China refuses Myanmar's request to hear a witness on its mandatory sovereignty ground and dual criminality. */
    static DocumentRequest anMlaRefusalFromChina() {
        return fromChina(
                "MLA-MM-2026-000044",
                new MlaRefusalNotice(
                        "MLA-MM-2026-000044 / MPF-MLA-2026-17",
                        List.of(
                                new MlaRefusalNotice.Ground(
                                        "SOV",
                                        text(
                                                "Sovereignty, security, public order or essential interests",
                                                "损害主权、安全、社会公共利益或其他根本利益")),
                                new MlaRefusalNotice.Ground(
                                        "DC", text("Not an offence under the requested state's law", "依被请求国法律不构成犯罪"))),
                        zh("询问该证人将泄露涉及国家安全的事项。"),
                        zh("所涉行为依我国法律不构成犯罪，且无可替代的协助方式。")));
    }

    /** Myanmar postpones China's request for bank records while its own prosecution of the account holder runs. */
    static DocumentRequest anMlaPostponementFromMyanmar() {
        return fromMyanmar(
                "MLA-CN-2026-000311",
                new MlaPostponementNotice(
                        "MLA-CN-2026-000311 / GA-2026-0311",
                        LocalDate.of(2026, 9, 30),
                        my(
                                "The account holder is on trial before the Yangon Region High Court; producing the records now would "
                                        + "prejudice that trial.")));
    }

    static DocumentRequest anMlaExecutionReportWithThreeEvidenceItems() {
        return fromMyanmar(
                "MLA-CN-2026-000310",
                new MlaExecutionReport(
                        "MLA-CN-2026-000310",
                        my("Myanmar Police Force, Transnational Crime Department"),
                        text("Executed in full", "已全部执行"),
                        my("Bank records were obtained and the landlord was heard."),
                        null,
                        List.of(
                                evidence("EV-1", "Bank statement 2025"),
                                evidence("EV-2", "Witness statement of the landlord"),
                                evidence("EV-3", "Photographs of the premises"))));
    }

    private static MlaExecutionReport.EvidenceItem evidence(String id, String description) {
        return new MlaExecutionReport.EvidenceItem(
                id,
                my(description),
                my("KBZ Bank, Myawaddy branch"),
                ZonedDateTime.of(2026, 7, 10, 14, 0, 0, 0, YANGON),
                my("Police Captain Aung Min"),
                sha256(id + description));
    }

    /** SHA-256 (hex) of a text, standing in for the digest of an evidence file. */
    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static DocumentRequest aCaseAuditReportOfFortyEntries() {
        return aCaseAuditReportOf(40);
    }

    static DocumentRequest aCaseAuditReportOf(int count) {
        List<CaseAuditReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new CaseAuditReport.Entry(
                    ZonedDateTime.of(2026, 3, 14, 10, 30, 0, 0, SHANGHAI).plusHours(i * 7L),
                    i % 2 == 0 ? "officer.li@mps" : "supervisor.wang@mps",
                    i % 2 == 0 ? "Task completed / 完成任务" : "Document viewed / 查阅文件",
                    sha256("entry " + i)));
        }
        return fromChina(
                "EXT-CN-2026-000123",
                new CaseAuditReport(
                        entries,
                        true,
                        sha256("entry " + (count - 1)),
                        text("Auditor of the People's Republic of China", "中华人民共和国审计员"),
                        SHANGHAI));
    }

    /** The Chinese officer of the fixtures: signs what China issues, and for China where both sides sign. */
    static final Signatory WANG_JIANHUA = new Signatory(
            new PersonName("王建华", "Wang Jianhua"), text("Director", "局长"), text("Ministry of Public Security", "公安部"));

    /** The Myanmar officer of the fixtures. */
    static final Signatory AUNG_MIN = new Signatory(
            new PersonName("Aung Min", "Aung Min"),
            text("Police Colonel", "警察上校"),
            text("Myanmar Police Force", "缅甸警察部队"));

    static DocumentRequest fromChina(String reference, DocumentContent content) {
        return new DocumentRequest(
                header(
                        reference,
                        CHINA,
                        MYANMAR,
                        ZonedDateTime.of(2026, 3, 14, 10, 30, 0, 0, SHANGHAI),
                        signatories(content, WANG_JIANHUA, AUNG_MIN)),
                content);
    }

    static DocumentRequest fromMyanmar(String reference, DocumentContent content) {
        return new DocumentRequest(
                header(
                        reference,
                        MYANMAR,
                        CHINA,
                        ZonedDateTime.of(2026, 6, 1, 16, 45, 0, 0, YANGON),
                        signatories(content, AUNG_MIN, WANG_JIANHUA)),
                content);
    }

    /**
     * Who signs, as in production (README "Signatures"): both sides, each for its own act, where
     * both act on the person (the surrender record and the manifest are issued by the side handing
     * over, the receipt by the side receiving); otherwise the issuing side's officer alone, for the
     * issuing authority.
     */
    static List<Signatory> signatories(DocumentContent content, Signatory issuer, Signatory otherSide) {
        return switch (content.type()) {
            case SURRENDER_RECORD ->
                List.of(acting(issuer, Signatories.HANDED_OVER_BY), acting(otherSide, Signatories.RECEIVED_BY));
            case HANDOVER_RECEIPT ->
                List.of(acting(issuer, Signatories.RECEIVED_BY), acting(otherSide, Signatories.HANDED_OVER_BY));
            case HANDOVER_MANIFEST -> List.of(acting(issuer, Signatories.HANDED_OVER_BY));
            default -> List.of(issuer);
        };
    }

    private static Signatory acting(Signatory officer, Text act) {
        return new Signatory(
                act, officer.name(), officer.title(), officer.authority(), officer.place(), officer.date());
    }

    private static DocumentHeader header(
            String reference,
            JurisdictionRef issuing,
            JurisdictionRef receiving,
            ZonedDateTime issuedAt,
            List<Signatory> signatories) {
        UUID id = UUID.nameUUIDFromBytes((reference + issuedAt).getBytes());
        return new DocumentHeader(id, reference, issuing, receiving, issuedAt, ENGLISH_AND_CHINESE, signatories);
    }

    /** A state's name in English and in its own language. */
    static MultilingualText names(String english, String language, String own) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", english);
        names.put(language, own);
        return MultilingualText.of(names);
    }

    static MultilingualText text(String english, String chinese) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", english);
        texts.put("zh-Hans", chinese);
        return MultilingualText.of(texts);
    }

    /** Free text a Chinese officer wrote, in Chinese. */
    static FreeText zh(String text) {
        return FreeText.asWritten(text, "zh");
    }

    /** Free text a Myanmar officer wrote; the tests use English words so that they need no Burmese shaping. */
    static FreeText my(String text) {
        return FreeText.asWritten(text, "my");
    }

    /** Free text written in English. */
    static FreeText en(String text) {
        return FreeText.asWritten(text, "en");
    }
}

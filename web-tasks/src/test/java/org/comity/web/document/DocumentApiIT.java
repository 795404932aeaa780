package org.comity.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.JurisdictionRef;
import org.comity.core.document.PersonName;
import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.core.document.Signatory;
import org.comity.core.document.Subject;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.signature.OfficerProfile;
import org.comity.core.text.MultilingualText;
import org.comity.core.text.Phrase;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/** Documents of a case: listed and downloaded by the parties, hidden from others, hashed, audited. */
class DocumentApiIT extends WebIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseFiles cases;

    @Autowired
    DocumentArchive archive;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    /** A release notice issued by China for a case requested by Myanmar and sent to China. */
    private StoredDocument aReleaseNoticeOnACaseBetween(String requesting, String requested) {
        Actor officer = Actor.person("cn.officer", Role.OFFICER, "CN");
        return tx.execute(s -> {
            CaseFile file = cases.open(CaseType.EXTRADITION, requesting, requested, "RELEASED", officer);
            cases.transmitted(new org.comity.core.casefile.CaseTransmitted(file.id()));
            var header = new DocumentHeader(
                    UUID.randomUUID(),
                    file.reference(),
                    new JurisdictionRef(
                            "CN",
                            MultilingualText.of(Map.of("en", "People's Republic of China", "zh-Hans", "中华人民共和国"))),
                    new JurisdictionRef(
                            "MM",
                            MultilingualText.of(Map.of(
                                    "en",
                                    "Republic of the Union of Myanmar",
                                    "my",
                                    "ပြည်ထောင်စု သမ္မတ မြန်မာနိုင်ငံတော်"))),
                    ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SHANGHAI),
                    List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans")),
                    List.of(new Signatory(
                            new PersonName("李伟", "Li Wei"),
                            OfficerProfile.text("Legal officer", "法务官员"),
                            OfficerProfile.text("Ministry of Public Security", "公安部"))));
            var notice = new ProvisionalArrestReleaseNotice(
                    Subject.of(
                            new PersonName("王小明", "Wang Xiaoming"),
                            List.of(),
                            Subject.Sex.MALE,
                            LocalDate.of(1990, 5, 17),
                            List.of("CN"),
                            List.of()),
                    ZonedDateTime.of(2026, 1, 30, 9, 0, 0, 0, SHANGHAI),
                    ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SHANGHAI),
                    30,
                    Phrase.of("extradition.release.no-formal-request"),
                    null,
                    null);
            return archive.issue(file.id(), new DocumentRequest(header, notice), officer);
        });
    }

    private RestClient.ResponseSpec download(String user, UUID id) {
        return RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD))
                .build()
                .get()
                .uri("/api/v1/documents/" + id)
                .retrieve();
    }

    @Test
    void listsACasesDocumentsWithTheirDigestForBothParties() {
        StoredDocument document = aReleaseNoticeOnACaseBetween("MM", "CN");
        for (String user : List.of("cn.officer", "mm.supervisor", "auditor")) {
            var list = as(user).get("/api/v1/cases/" + document.caseId() + "/documents");
            assertThat(list.status()).as(user).isEqualTo(200);
            assertThat(list.json().get(0).get("sha256").asText()).isEqualTo(document.sha256());
            assertThat(list.json().get(0).get("type").asText()).isEqualTo("PROVISIONAL_ARREST_RELEASE_NOTICE");
        }
    }

    @Test
    void servesThePdfWithItsSha256AndLogsTheRead() throws Exception {
        StoredDocument document = aReleaseNoticeOnACaseBetween("MM", "CN");
        var response = download("mm.officer", document.id()).toEntity(byte[].class);
        byte[] pdf = response.getBody();
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(sha)
                .isEqualTo(document.sha256())
                .isEqualTo(response.getHeaders().getFirst("X-Content-SHA256"));
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(response.getHeaders().getFirst("Repr-Digest")).startsWith("sha-256=:");
        try (PDDocument reloaded = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(reloaded)).contains("王小明").contains("Wang Xiaoming");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'document.read' AND object_id = ?")
                        .param(document.id().toString())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT change_digest FROM audit_log WHERE action = 'document.issue' AND object_id = ?")
                        .param(document.id().toString())
                        .query(String.class)
                        .single())
                .isEqualTo(document.sha256());
    }

    @Test
    void hidesTheDocumentsOfACaseBetweenOtherStatesAs404() {
        StoredDocument document = aReleaseNoticeOnACaseBetween("CN", "MM");
        jdbc.sql("UPDATE comity_case SET requested_jurisdiction = 'TH' WHERE id = ?")
                .param(document.caseId())
                .update();
        assertThat(as("mm.officer").get("/api/v1/documents/" + document.id()).status())
                .isEqualTo(404);
        assertThat(as("mm.officer")
                        .get("/api/v1/cases/" + document.caseId() + "/documents")
                        .status())
                .isEqualTo(404);
        assertThat(as("cn.officer").get("/api/v1/documents/" + document.id()).status())
                .isEqualTo(200);
        assertThat(as("mm.officer").get("/api/v1/documents/not-a-uuid").status())
                .isEqualTo(404);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'document.read' AND object_id = ? AND actor_id = 'mm.officer'")
                        .param(document.id().toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAnOverlongPurposeWith422() {
        StoredDocument document = aReleaseNoticeOnACaseBetween("MM", "CN");
        var response = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port)
                .build()
                .get()
                .uri("/api/v1/documents/" + document.id())
                .headers(h -> {
                    h.setBasicAuth("cn.officer", PASSWORD);
                    h.set("X-Comity-Purpose", "x".repeat(1001));
                })
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(response).isEqualTo(422);
    }
}

package org.comity.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/v1/verification/{code}}, without credentials, as the holder of a printed document
 * uses it: a genuine code is confirmed with the issue time, the authority, the SHA-256 printed on the
 * paper and stored at issue, and whether it was superseded; a wrong code is "not issued by Comity"
 * (404) and a malformed one a 422 naming the field, as every invalid input; no answer carries the case, a name or other
 * personal data. The document's QR code encodes the verification page's address for its code.
 */
class DocumentVerificationIT extends WebIT {

    @Autowired
    CaseFiles cases;

    @Autowired
    DocumentArchive archive;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aGenuineCodeIsConfirmedWithTheDigestPrintedOnThePaperAndNothingPersonal() throws Exception {
        CaseFile file = aCase();
        JsonNode report = issueAuditReport(file);
        String code = report.get("verificationCode").asText();
        byte[] pdf = archive.content(UUID.fromString(report.get("id").asText()));

        TestApi.Response answer = anonymous().get("/api/v1/verification/" + code);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("issuedByComity").asBoolean()).isTrue();
        assertThat(json.get("verificationCode").asText()).isEqualTo(code);
        assertThat(json.get("issuingState").asText()).isEqualTo("CN");
        assertThat(json.get("issuingAuthority").asText()).isEqualTo("Joint Oversight Committee / 联合监督委员会");
        assertThat(OffsetDateTime.parse(json.get("issuedAt").asText()).toInstant())
                .isEqualTo(
                        OffsetDateTime.parse(report.get("createdAt").asText()).toInstant());
        assertThat(json.get("fileSha256").asText())
                .isEqualTo(report.get("sha256").asText());
        assertThat(json.get("superseded").asBoolean()).isFalse();
        assertThat(json.get("supersededAt").isNull()).isTrue();
        String printed = text(pdf).replaceAll("\\s+", "");
        assertThat(printed)
                .contains("ContentSHA-256/内容摘要:" + json.get("contentSha256").asText());
        assertThat(json.get("contentSha256").asText().toUpperCase()).startsWith(code.replace("-", ""));
        assertThat(fieldNames(json))
                .containsExactlyInAnyOrder(
                        "verificationCode",
                        "issuedByComity",
                        "issuedAt",
                        "issuingState",
                        "issuingAuthority",
                        "contentSha256",
                        "fileSha256",
                        "superseded",
                        "supersededAt");
        assertThat(answer.body())
                .doesNotContain(
                        file.reference(),
                        file.id().toString(),
                        report.get("id").asText(),
                        "Chen Jing",
                        "陈静",
                        "auditor",
                        "CASE_AUDIT_REPORT",
                        "Audit Report");
    }

    @Test
    void theCodeMayBeTypedInLowerCaseWithoutDashes() {
        String code = issueAuditReport(aCase()).get("verificationCode").asText();

        TestApi.Response answer =
                anonymous().get("/api/v1/verification/" + code.replace("-", "").toLowerCase());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("verificationCode").asText()).isEqualTo(code);
    }

    @Test
    void aWrongCodeIsNotIssuedByComityAndRevealsNothing() {
        issueAuditReport(aCase());

        TestApi.Response answer = anonymous().get("/api/v1/verification/0000-0000-0000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).startsWith("Not issued by Comity");
        assertThat(fieldNames(answer.json())).isSubsetOf("type", "title", "status", "detail", "instance", "errors");
        assertThat(answer.json().get("errors")).isEmpty();
    }

    @Test
    void aMalformedCodeIsRefusedNamingTheFieldAndRuleAsEveryInvalidInputIs() {
        TestApi.Response answer = anonymous().get("/api/v1/verification/not-a-code");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
        assertThat(answer.json().get("errors").get(0).get("rule").asText()).isEqualTo("Pattern");
    }

    @Test
    void aReissuedReportSupersedesTheEarlierOneFromItsIssueDate() {
        CaseFile file = aCase();
        JsonNode first = issueAuditReport(file);
        JsonNode second = issueAuditReport(file);

        JsonNode earlier = anonymous()
                .get("/api/v1/verification/" + first.get("verificationCode").asText())
                .json();
        JsonNode later = anonymous()
                .get("/api/v1/verification/" + second.get("verificationCode").asText())
                .json();

        assertThat(earlier.get("issuedByComity").asBoolean()).isTrue();
        assertThat(earlier.get("superseded").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(earlier.get("supersededAt").asText()).toInstant())
                .isEqualTo(
                        OffsetDateTime.parse(second.get("createdAt").asText()).toInstant());
        assertThat(later.get("superseded").asBoolean()).isFalse();
        assertThat(earlier.toString())
                .doesNotContain(
                        second.get("verificationCode").asText(),
                        second.get("id").asText(),
                        file.reference());
    }

    @Test
    void theQrCodeOfAnIssuedDocumentOpensTheVerificationPageForItsCode() throws Exception {
        JsonNode report = issueAuditReport(aCase());
        byte[] pdf = archive.content(UUID.fromString(report.get("id").asText()));

        assertThat(QrCodes.scanFirstPage(pdf))
                .isEqualTo("http://localhost:8080/verify?code="
                        + report.get("verificationCode").asText());
        assertThat(text(pdf).replaceAll("\\s+", ""))
                .contains("Verifyat/核验网址:http://localhost:8080/verify?code="
                        + report.get("verificationCode").asText());
    }

    @Test
    void thePageAnswersWithoutSigningInWithTheStatusOfEachAnswer() throws Exception {
        String code = issueAuditReport(aCase()).get("verificationCode").asText();

        var genuine = page("/verify?code=" + code);
        var wrong = page("/verify?code=0000-0000-0000");
        var malformed = page("/verify?code=zz");

        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("Issued by Comity", code).doesNotContain("Sign in");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("Not issued by Comity");
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(malformed.body()).contains("This is not a verification code");
    }

    @Test
    void theOtherApisStillRequireSigningIn() {
        assertThat(anonymous().get("/api/v1/cases").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/verification").status()).isEqualTo(401);
    }

    private java.net.http.HttpResponse<String> page(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private CaseFile aCase() {
        return tx.execute(s -> cases.open(CaseType.EXTRADITION, "MM", "CN", "RECEIVED", Actor.agency("mm-mpf", "MM")));
    }

    private JsonNode issueAuditReport(CaseFile file) {
        TestApi.Response report = as("auditor").post("/api/v1/audit/cases/" + file.id() + "/report", Map.of());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    private static java.util.List<String> fieldNames(JsonNode json) {
        java.util.List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.comity.core.document.RenderedDocument;
import org.junit.jupiter.api.Test;

/**
 * A document can be regenerated from its data and compared byte for byte with the one issued.
 */
class ReproducibilityTest {

    private final PdfLegalDocumentGenerator generator = new PdfLegalDocumentGenerator();

    @Test
    void sameDataAndTemplateVersionGiveIdenticalBytes() {
        RenderedDocument first = generator.render(DocumentFixtures.anExtraditionRequestFromChinaToMyanmar());
        RenderedDocument second = generator.render(DocumentFixtures.anExtraditionRequestFromChinaToMyanmar());

        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void differentDataGiveADifferentVerificationCodeAndDigest() {
        RenderedDocument grant = generator.render(DocumentFixtures.aDecisionGrantingExtradition());
        RenderedDocument refusal = generator.render(DocumentFixtures.aDecisionRefusingExtradition());

        assertThat(refusal.verificationCode()).isNotEqualTo(grant.verificationCode());
        assertThat(refusal.sha256()).isNotEqualTo(grant.sha256());
    }

    @Test
    void reportsTheSha256OfTheBytes() throws Exception {
        RenderedDocument rendered = generator.render(DocumentFixtures.aSurrenderRecordAtDaluo());

        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rendered.bytes()));
        assertThat(rendered.sha256()).isEqualTo(expected);
        assertThat(rendered.templateVersion()).isNotBlank();
    }
}

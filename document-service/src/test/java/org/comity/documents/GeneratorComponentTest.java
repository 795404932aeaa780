package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.core.document.LegalDocumentGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The application finds the port's implementation by scanning {@code org.comity}.
 */
class GeneratorComponentTest {

    @Test
    void componentScanProvidesTheDocumentPort() {
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext("org.comity.documents")) {
            assertThat(context.getBean(LegalDocumentGenerator.class)).isInstanceOf(PdfLegalDocumentGenerator.class);
        }
    }
}

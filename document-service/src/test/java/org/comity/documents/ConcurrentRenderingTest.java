package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.RenderedDocument;
import org.junit.jupiter.api.Test;

/**
 * PDFBox objects are not thread-safe; the generator must not share any between concurrent calls.
 */
class ConcurrentRenderingTest {

    @Test
    void documentsRenderedOnSeveralThreadsAreIdenticalToOneRenderedAlone() throws Exception {
        PdfLegalDocumentGenerator generator = new PdfLegalDocumentGenerator();
        DocumentRequest request = DocumentFixtures.aReceiptWithTwoDiscrepancies();
        byte[] alone = generator.render(request).bytes();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedDocument>> renderings = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renderings.add(pool.submit(() -> generator.render(request)));
            }
            for (Future<RenderedDocument> rendering : renderings) {
                assertThat(rendering.get().bytes()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

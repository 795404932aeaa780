package org.comity.documents.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.core.document.DocumentContent;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentTypeHasATemplate() {
        for (Class<?> content : DocumentContent.class.getPermittedSubclasses()) {
            assertThat(Templates.covers((Class<? extends DocumentContent>) content))
                    .as(content.getSimpleName())
                    .isTrue();
        }
    }
}

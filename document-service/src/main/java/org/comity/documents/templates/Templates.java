package org.comity.documents.templates;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comity.core.document.DocumentContent;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Finds the template for a document's content. The template version is part of every content
 * digest: change it whenever wording or layout changes, so that a regenerated document is not
 * mistaken for the one that was issued.
 */
public final class Templates {

    public static final String VERSION = "2026.3";

    private static final Map<Class<?>, Template<?>> BY_CONTENT = List.<Template<?>>of(
                    new ExtraditionRequestTemplate(),
                    new SupplementaryInformationTemplate(),
                    new ExtraditionDecisionTemplate(),
                    new SurrenderRecordTemplate(),
                    new ProvisionalArrestReleaseTemplate(),
                    new HandoverManifestTemplate(),
                    new HandoverReceiptTemplate(),
                    new MlaLetterOfRequestTemplate(),
                    new MlaExecutionReportTemplate(),
                    new MlaRefusalNoticeTemplate(),
                    new MlaPostponementNoticeTemplate(),
                    new CaseAuditReportTemplate())
            .stream()
            .collect(Collectors.toUnmodifiableMap(Template::contentType, Function.identity()));

    private Templates() {}

    public static void writeBody(DocumentContent content, DocumentComposer composer, Words words) {
        write(template(content.getClass()), content, composer, words);
    }

    static boolean covers(Class<? extends DocumentContent> contentType) {
        return BY_CONTENT.containsKey(contentType);
    }

    private static Template<?> template(Class<?> contentType) {
        Template<?> template = BY_CONTENT.get(contentType);
        if (template == null) {
            throw new IllegalStateException("No template for " + contentType.getSimpleName());
        }
        return template;
    }

    private static <T extends DocumentContent> void write(
            Template<T> template, DocumentContent content, DocumentComposer composer, Words words) {
        template.write(template.contentType().cast(content), composer, words);
    }
}

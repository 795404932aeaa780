package org.comity.web.ui;

import java.io.Serializable;
import java.util.List;

/**
 * What a completion did, told to the officer on the next page: the task completed, the step its
 * process now waits at (or how it ended), in the officer's language, and the documents it issued.
 * It travels as a flash attribute, so it holds only display text and document ids.
 *
 * @param taskId the completed task, whose values the browser may now forget
 * @param nextSteps the steps the task's process now stands at; empty when it ended without a named end
 * @param ended whether the process has ended (the steps then name how)
 * @param documents the documents issued on the case since the completion began
 * @param issuing the steps, among the next ones, that are issuing a document in the background (a job
 *        runs them after the completion's transaction), so that the officer is told where the document
 *        will be listed instead of seeing no document at all
 * @param caseId the case whose documents list the document once issued, or null
 */
record CompletionOutcome(
        String taskId,
        String taskTitle,
        List<String> nextSteps,
        boolean ended,
        List<IssuedDocument> documents,
        List<String> issuing,
        String caseId)
        implements Serializable {

    CompletionOutcome {
        nextSteps = List.copyOf(nextSteps);
        documents = List.copyOf(documents);
        issuing = List.copyOf(issuing);
    }

    /** A document issued by the completion, for a link to it. */
    record IssuedDocument(String id, String type) implements Serializable {}
}

package org.comity.core.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.comity.core.document.DocumentRenderingException;
import org.comity.core.form.LocalizedText;

/**
 * The category of what made a job fail, with a summary people can read. The summary is fixed text,
 * never the exception's own message: an engine or driver message can carry SQL, class names or a
 * case's data, and none of that may reach a page or a response (README "API": no stack trace, SQL
 * or class name in any response). The category is read from the failed job's stack trace as Camunda
 * stored it, by the classes in its cause chain and whether the failure happened while correlating a
 * message. {@code DATA} covers values a step needs and does not find or cannot read (a missing process
 * variable in an expression, a null, a malformed date).
 */
public enum IncidentCause {
    DOCUMENT_RENDERING("The legal document could not be produced from the case's data.", "无法根据案件数据生成法律文书。"),
    MESSAGE_DELIVERY("The message to the other state's process could not be delivered.", "发往对方国家流程的消息未能送达。"),
    DATABASE("The database could not complete this step.", "数据库未能完成此步骤。"),
    DATA("This step could not process the case's data.", "此步骤无法处理案件数据。"),
    UNEXPECTED("An unexpected error stopped this step.", "意外错误中断了此步骤。");

    private static final Pattern THROWABLE = Pattern.compile("^(?:Caused by: )?([\\w$.]+(?:Exception|Error))(?::.*)?$");
    private static final List<String> CORRELATION_FRAMES = List.of(
            "MessageCorrelationBuilderImpl",
            "CorrelateMessageCmd",
            "CorrelateAllMessageCmd",
            "CorrelateStartMessageCmd");
    private static final List<String> DATABASE_CLASSES = List.of(
            "java.sql.",
            "org.springframework.dao.",
            "org.springframework.jdbc.",
            "org.apache.ibatis.",
            "org.camunda.bpm.engine.OptimisticLockingException");
    private static final List<String> DATA_CLASSES = List.of(
            "java.lang.NullPointerException",
            "java.lang.IllegalArgumentException",
            "java.lang.NumberFormatException",
            "java.time.DateTimeException",
            "java.time.format.DateTimeParseException",
            "java.lang.ClassCastException");

    private final LocalizedText summary;

    IncidentCause(String en, String zh) {
        this.summary = new LocalizedText(en, zh);
    }

    public LocalizedText summary() {
        return summary;
    }

    /**
     * The category of the failure a history entry of a failed job records ({@code null}: none); a log
     * entry already removed by history cleanup gives {@code UNEXPECTED}, never an error on a view.
     */
    public static IncidentCause ofJobLog(HistoryService history, String jobLogId) {
        if (jobLogId == null) {
            return UNEXPECTED;
        }
        try {
            return of(history.getHistoricJobLogExceptionStacktrace(jobLogId));
        } catch (ProcessEngineException gone) {
            return UNEXPECTED;
        }
    }

    /** The category of the failure whose stack trace Camunda kept; {@code UNEXPECTED} if none is kept. */
    public static IncidentCause of(String stackTrace) {
        if (stackTrace == null || stackTrace.isBlank()) {
            return UNEXPECTED;
        }
        List<String> classes = throwables(stackTrace);
        if (classes.contains(DocumentRenderingException.class.getName())) {
            return DOCUMENT_RENDERING;
        }
        if (classes.stream().anyMatch(c -> c.endsWith("MismatchingMessageCorrelationException"))
                || CORRELATION_FRAMES.stream().anyMatch(stackTrace::contains)) {
            return MESSAGE_DELIVERY;
        }
        if (classes.stream().anyMatch(c -> DATABASE_CLASSES.stream().anyMatch(c::startsWith))) {
            return DATABASE;
        }
        if (classes.stream().anyMatch(c -> DATA_CLASSES.contains(c) || c.endsWith(".PropertyNotFoundException"))) {
            return DATA;
        }
        return UNEXPECTED;
    }

    /** The class names of the throwable and of each "Caused by" in a printed stack trace, outermost first. */
    private static List<String> throwables(String stackTrace) {
        List<String> classes = new ArrayList<>();
        for (String line : stackTrace.split("\\R")) {
            Matcher matcher = THROWABLE.matcher(line.strip());
            if (matcher.matches()) {
                classes.add(matcher.group(1));
            }
        }
        return classes;
    }
}

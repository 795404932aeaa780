package org.comity.web.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.OperationFigures;
import org.comity.core.repatriation.OperationMetrics;
import org.comity.core.repatriation.OperationView;
import org.comity.core.repatriation.RepatriationIntake;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A joint operation's dashboard for its two states and auditors: the seed's table (suspects
 * repatriated, duration, call centres raided, regions covered) and three charts (persons per
 * region, per stage, handed over per day), each with its data as a table. Every figure is the one
 * {@code GET /api/v1/operations/{id}/metrics} returns, from the same {@link OperationFigures}.
 * Aggregates only, no personal data: the page view is not a consultation.
 */
@Controller
class OperationDashboardController {

    private final OperationFigures figures;
    private final RepatriationIntake operations;
    private final MessageSource messages;

    OperationDashboardController(OperationFigures figures, RepatriationIntake operations, MessageSource messages) {
        this.figures = figures;
        this.operations = operations;
        this.messages = messages;
    }

    @GetMapping("/operations/{id}")
    String dashboard(Actor actor, @PathVariable String id, Locale locale, Model model) {
        OperationMetrics metrics = figures.of(actor, id);
        OperationView operation = operations.view(actor, id);
        model.addAttribute("metrics", metrics);
        model.addAttribute("operation", operation);
        model.addAttribute(
                "regionChart",
                BarChart.of(
                        "chart-regions",
                        message("dashboard.chart.regions", locale),
                        metrics.personsPerRegion(),
                        region -> region));
        model.addAttribute(
                "stageChart",
                BarChart.of(
                        "chart-stages",
                        message("dashboard.chart.stages", locale),
                        inProcessOrder(metrics.personsPerStage()),
                        stage -> messages.getMessage("stage." + stage, null, stage, locale)));
        model.addAttribute(
                "dayChart",
                BarChart.of(
                        "chart-days",
                        message("dashboard.chart.days", locale),
                        metrics.repatriatedPerDay(),
                        LocalDate::toString));
        model.addAttribute("cumulative", cumulative(metrics.repatriatedPerDay()));
        return "operation";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Every stage a person passes, in the order of the person's process (0 where nobody is), then any other. */
    static Map<String, Long> inProcessOrder(Map<String, Long> perStage) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        OperationMetrics.STAGES.forEach(stage -> ordered.put(stage, perStage.getOrDefault(stage, 0L)));
        perStage.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** Running total of persons handed over, by day. */
    private static Map<LocalDate, Long> cumulative(Map<LocalDate, Long> perDay) {
        Map<LocalDate, Long> running = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            total += day.getValue();
            running.put(day.getKey(), total);
        }
        return running;
    }
}

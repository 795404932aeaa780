package org.comity.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The geometry of a horizontal bar chart that a template draws as inline SVG: one row per category
 * with its label on the left, the bar, and the value as text after the bar, so that the figures
 * never depend on colour or on reading a bar's length. Coordinates are in the SVG's own units
 * ({@link #WIDTH} wide); the stylesheet scales the drawing to the page.
 *
 * @param title the chart's accessible name (SVG {@code <title>})
 * @param description the figures as one sentence (SVG {@code <desc>}) for screen readers
 */
record BarChart(String id, String title, String description, int height, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 230;
    static final int VALUE_WIDTH = 80;
    static final int ROW = 30;
    static final int BAR = 20;
    static final int PAD = 10;
    static final int MAX_LABEL = 30;

    /** One category: its label (shortened to fit; {@code fullLabel} as given) and the geometry of its row. */
    record Bar(String label, String fullLabel, long value, int y, int width, int textY, int valueX) {}

    /**
     * Lays out {@code data} in its iteration order; {@code label} names a key for the reader, e.g. a
     * stage code in the reader's language.
     */
    static <K> BarChart of(String id, String title, Map<K, Long> data, Function<K, String> label) {
        long max = data.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        int row = 0;
        for (Map.Entry<K, Long> entry : data.entrySet()) {
            long value = Math.max(0, entry.getValue());
            int width = max == 0 ? 0 : (int) Math.round((double) value * area / max);
            if (value > 0 && width == 0) {
                width = 1;
            }
            int y = PAD + row * ROW;
            String text = label.apply(entry.getKey());
            bars.add(new Bar(shorten(text), text, value, y, width, y + BAR / 2 + 5, LABEL_WIDTH + width + 6));
            description.append(row == 0 ? "" : "; ").append(text).append(": ").append(value);
            row++;
        }
        return new BarChart(id, title, description.append('.').toString(), 2 * PAD + Math.max(1, row) * ROW, bars);
    }

    public int width() {
        return WIDTH;
    }

    public int barHeight() {
        return BAR;
    }

    /** Where the bars start, after the labels. */
    public int axisX() {
        return LABEL_WIDTH;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    private static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= MAX_LABEL
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }
}

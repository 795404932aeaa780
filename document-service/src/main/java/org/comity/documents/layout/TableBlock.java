package org.comity.documents.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a {@link Table}. A row never splits; when the next row does not fit, the table continues on
 * a new page under a repeated header row, so every page of a long manifest can be read alone.
 */
final class TableBlock {

    private static final float PADDING = 3f;

    private static final TextStyle CELL = new TextStyle(7.5f, false, 0f);

    private static final TextStyle HEAD = new TextStyle(7f, true, 0f);

    private final PageFlow flow;

    private final LineBreaker breaker;

    private final TextPainter painter;

    TableBlock(PageFlow flow, LineBreaker breaker, TextPainter painter) {
        this.flow = flow;
        this.breaker = breaker;
        this.painter = painter;
    }

    void draw(Table table) throws IOException {
        float[] widths = widths(table);
        List<List<Line>> header = headerCells(table, widths);
        float firstRow = table.rows().isEmpty() ? 0f : height(cells(table.rows().get(0), widths, CELL), CELL);
        drawRow(header, widths, HEAD, true, firstRow);
        for (List<String> row : table.rows()) {
            List<List<Line>> cells = cells(row, widths, CELL);
            if (flow.y() - height(cells, CELL) < PageFlow.BODY_BOTTOM || flow.breakDue()) {
                flow.newPage();
                drawRow(header, widths, HEAD, true, 0f);
            }
            drawRow(cells, widths, CELL, false, 0f);
        }
        if (!table.totals().isEmpty()) {
            drawRow(cells(table.totals(), widths, HEAD), widths, HEAD, true, 0f);
        }
    }

    /** Draws a row on a page where {@code following} more points also fit (the header's first row). */
    private void drawRow(List<List<Line>> cells, float[] widths, TextStyle style, boolean shaded, float following)
            throws IOException {
        float height = height(cells, style);
        GlyphContentStream stream = flow.reserve(height, height + following);
        float top = flow.y();
        PDPageContentStream pdf = stream.pdf();
        if (shaded) {
            pdf.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            pdf.addRect(PageFlow.LEFT, top - height, flow.width(), height);
            pdf.fill();
        }
        float x = PageFlow.LEFT;
        for (int column = 0; column < cells.size(); column++) {
            float baseline = top - PADDING - style.size();
            for (Line line : cells.get(column)) {
                painter.draw(stream, line, x + PADDING, baseline, style);
                baseline -= style.lineHeight();
            }
            x += widths[column];
        }
        pdf.setStrokingColor(0.6f, 0.6f, 0.6f);
        pdf.setLineWidth(0.3f);
        pdf.moveTo(PageFlow.LEFT, top - height);
        pdf.lineTo(PageFlow.RIGHT, top - height);
        pdf.stroke();
        flow.advance(height);
    }

    private List<List<Line>> headerCells(Table table, float[] widths) {
        List<String> texts = new ArrayList<>();
        for (Table.Column column : table.columns()) {
            texts.add(column.header());
        }
        return cells(texts, widths, HEAD);
    }

    private List<List<Line>> cells(List<String> texts, float[] widths, TextStyle style) {
        List<List<Line>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(breaker.lines(texts.get(i), style, widths[i] - 2 * PADDING));
        }
        return cells;
    }

    private static float height(List<List<Line>> cells, TextStyle style) {
        int lines = 1;
        for (List<Line> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * style.lineHeight() + 2 * PADDING - (style.lineHeight() - style.size()) + 2f;
    }

    private float[] widths(Table table) {
        float total = 0;
        for (Table.Column column : table.columns()) {
            total += column.weight();
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * table.columns().get(i).weight() / total;
        }
        return widths;
    }
}

package org.comity.documents.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Signature blocks, two per row. A row is kept on one page: a signature separated from the text it
 * authenticates would be worthless.
 */
final class SignatureBlock {

	private static final float GAP = 24f;

	private static final float SIGNING_SPACE = 30f;

	private static final TextStyle TEXT = TextStyle.BODY;

	private final PageFlow flow;

	private final LineBreaker breaker;

	private final TextPainter painter;

	SignatureBlock(PageFlow flow, LineBreaker breaker, TextPainter painter) {
		this.flow = flow;
		this.breaker = breaker;
		this.painter = painter;
	}

	void draw(List<Signature> signatures) throws IOException {
		float width = (flow.width() - GAP) / 2;
		for (int i = 0; i < signatures.size(); i += 2) {
			List<List<Line>> row = new ArrayList<>();
			int lines = 0;
			for (Signature signature : signatures.subList(i, Math.min(i + 2, signatures.size()))) {
				row.add(lines(signature, width));
				lines = Math.max(lines, row.get(row.size() - 1).size());
			}
			float height = SIGNING_SPACE + lines * TEXT.lineHeight() + 10f;
			GlyphContentStream stream = flow.reserve(height);
			for (int column = 0; column < row.size(); column++) {
				drawOne(stream, row.get(column), PageFlow.LEFT + column * (width + GAP), flow.y(), width);
			}
			flow.advance(height);
		}
	}

	private List<Line> lines(Signature signature, float width) {
		List<Line> lines = new ArrayList<>();
		for (String text : List.of(signature.name(), signature.capacity(), signature.authority(),
				"Date / 日期: " + signature.date())) {
			lines.addAll(breaker.lines(text, TEXT, width));
		}
		return lines;
	}

	private void drawOne(GlyphContentStream stream, List<Line> lines, float x, float top, float width)
			throws IOException {
		float y = top - SIGNING_SPACE;
		painter.draw(stream, "Signature / 签名", x, y + 4f, TextStyle.LABEL);
		PDPageContentStream pdf = stream.pdf();
		pdf.setStrokingColor(0f, 0f, 0f);
		pdf.setLineWidth(0.6f);
		pdf.moveTo(x + 70f, y + 2f);
		pdf.lineTo(x + width, y + 2f);
		pdf.stroke();
		for (Line line : lines) {
			y -= TEXT.lineHeight();
			painter.draw(stream, line, x, y, TEXT);
		}
	}

}

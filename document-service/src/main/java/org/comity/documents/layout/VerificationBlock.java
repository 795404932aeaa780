package org.comity.documents.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The QR code at full size beside the values it encodes and how to check them.
 */
final class VerificationBlock {

	private static final float QR_SIZE = 72f;

	private static final float GAP = 14f;

	private final PageFlow flow;

	private final LineBreaker breaker;

	private final TextPainter painter;

	VerificationBlock(PageFlow flow, LineBreaker breaker, TextPainter painter) {
		this.flow = flow;
		this.breaker = breaker;
		this.painter = painter;
	}

	void draw(Verification verification, PDFormXObject qr) throws IOException {
		float textWidth = flow.width() - QR_SIZE - GAP;
		List<Line> lines = new ArrayList<>();
		lines.addAll(breaker.lines("Document ID / 文件编号: " + verification.documentId(), TextStyle.SMALL, textWidth));
		lines.addAll(breaker.lines("Verification code / 验证码: " + verification.verificationCode(), TextStyle.SMALL,
				textWidth));
		lines.addAll(breaker.lines("Content SHA-256 / 内容摘要: " + verification.contentSha256(), TextStyle.SMALL,
				textWidth));
		lines.addAll(breaker.lines(verification.explanation(), TextStyle.SMALL, textWidth));
		float titleHeight = TextStyle.BODY_BOLD.lineHeight();
		float height = Math.max(QR_SIZE, titleHeight + lines.size() * TextStyle.SMALL.lineHeight()) + 8f;
		GlyphContentStream stream = flow.reserve(height);
		float top = flow.y();
		FurniturePainter.drawQr(stream.pdf(), qr, PageFlow.LEFT, top - QR_SIZE, QR_SIZE);
		float x = PageFlow.LEFT + QR_SIZE + GAP;
		float y = top - TextStyle.BODY_BOLD.size();
		painter.draw(stream, "Verification / 文件验证", x, y, TextStyle.BODY_BOLD);
		y -= titleHeight - 2f;
		for (Line line : lines) {
			painter.draw(stream, line, x, y, TextStyle.SMALL);
			y -= TextStyle.SMALL.lineHeight();
		}
		flow.advance(height);
	}

}

package org.comity.documents.layout;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page content stream that can show glyph ids. PDFBox's {@code showText} maps each character to
 * one glyph (and applies its own partial GSUB handling); shaped Burmese needs exact glyph ids and
 * positions, and the other scripts go through the same cmap-only path so that widths measured
 * during layout are the widths drawn. PDFBox's stream class is final, hence the wrapper.
 */
final class GlyphContentStream implements Closeable {

	private final PDPageContentStream stream;

	GlyphContentStream(PDDocument document, PDPage page, AppendMode mode) throws IOException {
		this.stream = new PDPageContentStream(document, page, mode, true);
	}

	/** The wrapped stream, for graphics and text-state operators. */
	PDPageContentStream pdf() {
		return stream;
	}

	/** Shows text through the font's Unicode cmap and adds its characters to the subset. */
	void showMapped(PDType0Font font, String text) throws IOException {
		byte[] codes = font.encode(text);
		text.codePoints().forEach(font::addToSubset);
		showCodes(codes);
	}

	/** Shows one glyph by id (Identity-H: the code is the glyph id) and keeps it in the subset. */
	void showGlyph(PDType0Font font, int glyphId) throws IOException {
		Set<Integer> glyph = new HashSet<>(1);
		glyph.add(glyphId);
		font.addGlyphsToSubset(glyph);
		showCodes(new byte[] { (byte) (glyphId >> 8), (byte) glyphId });
	}

	/** Opens a span whose ActualText is the original Burmese, so copy and search see characters. */
	void beginActualText(String text) throws IOException {
		ByteArrayOutputStream operator = new ByteArrayOutputStream();
		operator.writeBytes(ascii("/Span <</ActualText "));
		COSWriter.writeString(new COSString(text), operator);
		operator.writeBytes(ascii(">> BDC\n"));
		stream.appendRawCommands(operator.toByteArray());
	}

	void endActualText() throws IOException {
		stream.endMarkedContent();
	}

	@Override
	public void close() throws IOException {
		stream.close();
	}

	private void showCodes(byte[] codes) throws IOException {
		ByteArrayOutputStream operator = new ByteArrayOutputStream(codes.length * 2 + 8);
		COSWriter.writeString(codes, operator);
		operator.writeBytes(ascii(" Tj\n"));
		stream.appendRawCommands(operator.toByteArray());
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}

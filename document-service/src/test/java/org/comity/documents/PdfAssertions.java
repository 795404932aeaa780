package org.comity.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Reads rendered documents back: text through PDFBox, conformance through veraPDF.
 */
final class PdfAssertions {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAssertions() {}

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Failed PDF/A-2b rules, one per line; empty when the file conforms. */
    static String pdfA2bFailures(byte[] pdf) {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            StringBuilder failures = new StringBuilder();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.append(assertion.getRuleId().getClause())
                            .append('-')
                            .append(assertion.getRuleId().getTestNumber())
                            .append(": ")
                            .append(assertion.getMessage())
                            .append('\n');
                }
            }
            return result.isCompliant()
                    ? ""
                    : failures.append("(not compliant)").toString();
        } catch (Exception ex) {
            throw new IllegalStateException("veraPDF could not validate the document", ex);
        }
    }

    static void write(String name, byte[] pdf) {
        try {
            Path directory = Path.of("target", "rendered-documents");
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".pdf"), pdf);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

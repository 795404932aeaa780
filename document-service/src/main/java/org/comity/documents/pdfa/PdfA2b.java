package org.comity.documents.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Marks a document as PDF/A-2b. Archives and courts keep these documents for decades; PDF/A
 * guarantees they render the same without external fonts or colour profiles. veraPDF checks the
 * result in the tests.
 *
 * <p>Everything written here is derived from the caller's data: the creation date is the
 * document's issue date and the file identifier comes from the content digest. PDFBox would
 * otherwise derive the identifier from the clock, and two renderings would differ.
 */
public final class PdfA2b {

    public static final String PRODUCER = "Comity document service";

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA2b() {}

    /**
     * @param description title, creation date, identifier and languages written to both the
     * document information and the XMP metadata, which PDF/A requires to agree
     * @param fileId 16 bytes identifying the content; used for both halves of the trailer ID
     */
    public static void apply(PDDocument document, Description description, byte[] fileId) throws IOException {
        String title = description.title();
        Calendar created = description.created();
        document.setVersion(1.7f);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(metadata(document, description));
        catalog.setLanguage(description.languages().get(0));
        catalog.addOutputIntent(outputIntent(document));
        COSArray id = new COSArray();
        id.add(new COSString(fileId));
        id.add(new COSString(fileId));
        document.getDocument().setDocumentID(id);
    }

    private static PDMetadata metadata(PDDocument document, Description description) throws IOException {
        Calendar created = description.created();
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(description.title());
        dc.addCreator(PRODUCER);
        dc.setIdentifier(description.identifier());
        description.languages().forEach(dc::addLanguage);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        identifyAsPdfA2b(xmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException ex) {
            throw new IOException("Cannot write XMP metadata", ex);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        return metadata;
    }

    private static void identifyAsPdfA2b(XMPMetadata xmp) {
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * What the metadata says about a document.
     *
     * @param identifier recorded as {@code dc:identifier}: document id and content digest, so that
     * the file identifies itself without reading the page
     * @param languages BCP-47 tags, recorded as {@code dc:language}; the first is the catalog language
     */
    public record Description(String title, Calendar created, String identifier, List<String> languages) {}

    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}

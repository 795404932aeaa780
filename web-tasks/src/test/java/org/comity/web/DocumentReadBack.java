package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A case's document as its reader gets it: listed through {@code GET /api/v1/cases/{id}/documents},
 * downloaded through {@code GET /api/v1/documents/{id}}, its text extracted with PDFBox's
 * {@link PDFTextStripper}. Values are found ignoring white space, because the layout wraps long
 * values and Chinese may wrap between any two characters.
 */
public final class DocumentReadBack {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String text;
    private final String squeezed;

    private DocumentReadBack(String text) {
        this.text = text;
        this.squeezed = squeeze(text);
    }

    /** The newest document of {@code type} of the case, downloaded as {@code user}. */
    public static DocumentReadBack of(CaseScenario scenario, int port, String user, String caseId, String type) {
        return of(TestApi.as(port, user, CaseScenario.PASSWORD), port, user, caseId, type);
    }

    /** {@link #of(CaseScenario, int, String, String, String)} for tests without a scenario; {@code reader} is {@code user}. */
    public static DocumentReadBack of(TestApi reader, int port, String user, String caseId, String type) {
        JsonNode list = reader.get("/api/v1/cases/" + caseId + "/documents").json();
        String id = null;
        for (JsonNode document : list) {
            if (type.equals(document.path("type").asText())) {
                id = document.path("id").asText();
            }
        }
        assertThat(id).as(type + " issued for " + caseId + ": " + list).isNotNull();
        return new DocumentReadBack(text(download(port, user, id)));
    }

    public String text() {
        return text;
    }

    /** Free text: printed exactly once, as written. */
    public DocumentReadBack printsOnce(String... values) {
        for (String value : values) {
            assertThat(occurrences(value))
                    .as("times \"%s\" is printed in%n%s", value, text)
                    .isEqualTo(1);
        }
        return this;
    }

    /** Fixed wording, codes, dates: printed. */
    public DocumentReadBack prints(String... values) {
        for (String value : values) {
            assertThat(occurrences(value))
                    .as("times \"%s\" is printed in%n%s", value, text)
                    .isPositive();
        }
        return this;
    }

    public DocumentReadBack printsNowhere(String... values) {
        for (String value : values) {
            assertThat(occurrences(value))
                    .as("times \"%s\" is printed in%n%s", value, text)
                    .isZero();
        }
        return this;
    }

    /** How many times {@code value} is printed, white space ignored. */
    public int occurrences(String value) {
        String needle = squeeze(value);
        int count = 0;
        for (int at = squeezed.indexOf(needle); at >= 0; at = squeezed.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static byte[] download(int port, String user, String id) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents/" + id))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((user + ":" + CaseScenario.PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .header("Accept", "application/pdf")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET /api/v1/documents/" + id).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String squeeze(String value) {
        return WHITE_SPACE.matcher(value).replaceAll("");
    }
}

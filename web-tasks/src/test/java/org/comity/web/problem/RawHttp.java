package org.comity.web.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: raw bytes in a header,
 * {@code %00} in a path, a header section over the limit, or a chunked body that never ends. A POST
 * whose head names no {@code Idempotency-Key} gets a fresh one, as the API requires on creating calls.
 */
final class RawHttp {

    private RawHttp() {}

    /** What came back: status, content type and body (empty if the server closed first). */
    record Answer(int status, String contentType, String body, long bytesSent) {}

    /** Sends the request head (lines without the final empty line) and the body, reads the answer. */
    static Answer send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(withKey(head).getBytes(StandardCharsets.ISO_8859_1));
            out.write(("Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream(), body.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams a chunked body of {@code chunk} repeated up to {@code maxBytes} and stops as soon as the
     * server answers (or closes the connection): never holds more than one chunk in memory.
     */
    static Answer streamChunked(int port, String head, byte[] chunk, long maxBytes) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write((withKey(head) + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            long sent = 0;
            try {
                while (sent < maxBytes && in.available() == 0) {
                    out.write(size);
                    out.write(chunk);
                    out.write(new byte[] {'\r', '\n'});
                    sent += chunk.length;
                }
                if (in.available() == 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // the server answered and closed: read what it said
            }
            return read(in, sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withKey(String head) {
        return head.startsWith("POST ") && !head.contains("Idempotency-Key:")
                ? head + "Idempotency-Key: " + java.util.UUID.randomUUID() + "\r\n"
                : head;
    }

    private static Answer read(InputStream in, long sent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException resetAfterAnswer) {
            // a reset after the answer arrived loses nothing already read
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Answer(0, "", text, sent);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int split = text.indexOf("\r\n\r\n");
        String headers = split < 0 ? text : text.substring(0, split);
        String contentType = headers.lines()
                .filter(l -> l.toLowerCase().startsWith("content-type:"))
                .map(l -> l.substring(13).strip())
                .findFirst()
                .orElse("");
        String body = split < 0 ? "" : text.substring(split + 4);
        return new Answer(status, contentType, body, sent);
    }
}

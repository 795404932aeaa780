package org.comity.web.config;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * The body of an API request as it is read: counts the bytes actually read, whatever the request
 * declared (a chunked body declares nothing), and checks that they are well-formed UTF-8 (RFC 3629:
 * no overlong form, no encoded surrogate, nothing above U+10FFFF), which Jackson does not fully
 * check. Fails the read with {@link BodyRefusedException} at the first byte past the limit or the
 * first malformed byte, so an oversized body is never buffered whole.
 */
final class BoundedBodyStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private final Utf8Check utf8;
    private long read;

    BoundedBodyStream(ServletInputStream in, long maxBytes, boolean checkUtf8) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.utf8 = checkUtf8 ? new Utf8Check() : null;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
            return b;
        }
        count(1);
        check(b);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            end();
            return n;
        }
        count(n);
        for (int i = offset; i < offset + n; i++) {
            check(buffer[i] & 0xFF);
        }
        return n;
    }

    private void count(int n) throws BodyRefusedException {
        read += n;
        if (read > maxBytes) {
            throw new BodyRefusedException(BodyRefusedException.Reason.TOO_LARGE, maxBytes);
        }
    }

    private void check(int b) throws BodyRefusedException {
        if (utf8 != null && !utf8.accept(b)) {
            throw new BodyRefusedException(BodyRefusedException.Reason.NOT_UTF8, maxBytes);
        }
    }

    private void end() throws BodyRefusedException {
        if (utf8 != null && !utf8.complete()) {
            throw new BodyRefusedException(BodyRefusedException.Reason.NOT_UTF8, maxBytes);
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** RFC 3629 table 3-7 (well-formed UTF-8 byte sequences) as a state machine. */
    static final class Utf8Check {

        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        boolean accept(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    return false;
                }
                pending--;
                low = 0x80;
                high = 0xBF;
                return true;
            }
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            return true;
        }

        boolean complete() {
            return pending == 0;
        }
    }
}

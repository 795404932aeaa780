package org.comity.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, the only form in which a change's content enters the log. Callers
 * hash their own canonical representation (a generated PDF's bytes, a form's sorted JSON) so that
 * an auditor holding the data can prove which version was logged without the log holding it.
 */
public final class ChangeDigest {

    private ChangeDigest() {}

    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform provides SHA-256", ex);
        }
    }

    public static String of(String canonicalText) {
        return of(canonicalText.getBytes(StandardCharsets.UTF_8));
    }
}

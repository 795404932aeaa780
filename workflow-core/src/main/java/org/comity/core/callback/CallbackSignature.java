package org.comity.core.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a callback: {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the
 * agency's secret (RFC 2104), one per valid secret, comma-separated (the new one first while a
 * rotated-out secret is in its grace period). Signing the timestamp with the body lets a receiver
 * refuse a replayed old request; the receiver recomputes the HMAC over the exact bytes received.
 */
public final class CallbackSignature {

    public static final String PREFIX = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CallbackSignature() {}

    /** The hex HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret}. */
    public static String hmac(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** The {@code Comity-Signature} header value: one {@code sha256=} entry per secret. */
    static String header(List<String> secrets, String timestamp, String body) {
        return secrets.stream().map(s -> PREFIX + hmac(s, timestamp, body)).collect(Collectors.joining(","));
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

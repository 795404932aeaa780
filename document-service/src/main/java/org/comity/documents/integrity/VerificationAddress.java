package org.comity.documents.integrity;

import java.net.URI;
import java.util.Objects;

/**
 * The address of the public verification page for one document, which its QR code encodes and its
 * verification block prints: {@code <public base URL>/verify?code=<verification code>}. The base URL
 * is the installation's public address ({@code comity.public-base-url}); it is not part of the
 * content digest, so moving the installation does not change what a document's digest covers.
 */
public final class VerificationAddress {

    public static final String PATH = "/verify";

    private final String baseUrl;

    public VerificationAddress(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl.strip());
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("comity.public-base-url must be an http(s) address: " + baseUrl);
        }
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    public String of(ContentDigest digest) {
        return baseUrl + PATH + "?code=" + digest.verificationCode();
    }
}

package org.comity.core.callback;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * POSTs one event to a receiver with the JDK's HTTP client: connect and answer timeouts
 * ({@link CallbackSettings}), redirects never followed (a redirect is a failed attempt: the
 * registered address is the only one a signed event goes to), the answer's body discarded. Only a
 * 2xx answer counts as delivered.
 */
@Component
class CallbackSender {

    static final String EVENT_ID = "Comity-Event-Id";
    static final String TIMESTAMP = "Comity-Timestamp";
    static final String SIGNATURE = "Comity-Signature";

    /** What the receiver answered: its status (null if none came) or what went wrong. */
    record Answer(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final CallbackSettings settings;
    private final HttpClient http;

    CallbackSender(CallbackSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer send(String url, List<String> secrets, String eventId, String body, Instant at) {
        if (!settings.allowHttp()) {
            String internal = internalAddress(URI.create(url).getHost());
            if (internal != null) {
                return new Answer(null, internal);
            }
        }
        String timestamp = Long.toString(at.getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Comity-Callbacks/1")
                .header(EVENT_ID, eventId)
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, CallbackSignature.header(secrets, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // one deadline for the whole answer: a receiver trickling its body cannot hold the worker longer
            int status = answer.get(
                            settings.connectTimeout()
                                    .plus(settings.readTimeout())
                                    .toMillis(),
                            TimeUnit.MILLISECONDS)
                    .statusCode();
            return new Answer(status, status >= 300 && status < 400 ? "redirect not followed" : null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Answer(null, "no answer within " + settings.readTimeout());
        } catch (ExecutionException e) {
            return new Answer(null, describe(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }

    /**
     * Why a callback may not go to {@code host}, or null: outside the demo an agency's address must
     * resolve to public addresses only, so that a registered URL cannot make Comity call into its own
     * network (loopback, private, link-local, unique-local, multicast or unspecified addresses).
     * Checked before every attempt, since the name may resolve elsewhere later.
     */
    static String internalAddress(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()
                        || address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC) {
                    return "address not public: " + host + " resolves to " + address.getHostAddress();
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + settings.connectTimeout();
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + settings.readTimeout();
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return truncate(failure.getMessage());
        }
        return failure.getClass().getSimpleName();
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}

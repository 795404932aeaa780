package org.comity.core.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.comity.core.callback.CallbackEvents.Attempt;
import org.comity.core.callback.CallbackEvents.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox after commit: every {@code comity.callbacks.poll-interval} (default 5 s) each
 * node claims due events one at a time ({@link CallbackEvents#claim}) and POSTs them
 * ({@link CallbackSender}) outside any transaction. A failed attempt is retried after
 * {@link CallbackSettings#retryDelay} (30 s doubling, at most 1 h) until {@code max-attempts}, then the
 * event is given up; either way the attempt is in the delivery log. Events survive a restart as rows;
 * a claim of a node that died runs out after the lease. A receiver may get an event twice (its answer
 * lost, a claim run out) and recognises it by {@code Comity-Event-Id}. It runs on a thread of its own
 * so that a slow receiver never delays Comity's other scheduled work.
 */
@Component
public class CallbackDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallbackDelivery.class);

    private final CallbackEvents events;
    private final CallbackEndpoints endpoints;
    private final CallbackSender sender;
    private final CallbackSettings settings;
    private final Clock clock;
    private final Duration pollInterval;
    private final boolean enabled;
    private final String node = "node-" + UUID.randomUUID();
    private ScheduledExecutorService poller;

    CallbackDelivery(
            CallbackEvents events,
            CallbackEndpoints endpoints,
            CallbackSender sender,
            CallbackSettings settings,
            Clock clock,
            @Value("${comity.callbacks.poll-interval:PT5S}") Duration pollInterval,
            @Value("${comity.callbacks.delivery-enabled:true}") boolean enabled) {
        this.events = events;
        this.endpoints = endpoints;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.enabled = enabled;
    }

    /** Attempts every due event this node can claim; returns how many it attempted. */
    public int deliverDue() {
        List<UUID> due = events.due(clock.instant(), settings.batch());
        int attempted = 0;
        for (UUID id : due) {
            Instant now = clock.instant();
            if (events.claim(id, node, now, now.plus(settings.lease()))) {
                events.find(id).ifPresent(this::attempt);
                attempted++;
            }
        }
        return attempted;
    }

    private void attempt(Pending event) {
        Optional<CallbackEndpoint> endpoint = endpoints.find(event.agencyId());
        int number = event.attempts() + 1;
        Instant at = clock.instant();
        CallbackSender.Answer answer = endpoint.isEmpty()
                ? new CallbackSender.Answer(null, "no callback registered")
                : sender.send(
                        endpoint.get().url(),
                        endpoint.get().signingSecrets(at),
                        event.id().toString(),
                        event.payload(),
                        at);
        if (!events.record(event, node, outcome(number, at, answer, endpoint.isPresent()))) {
            log.info("Callback event {}: the claim ran out during the attempt; another node took it over", event.id());
        }
    }

    private Attempt outcome(int number, Instant at, CallbackSender.Answer answer, boolean registered) {
        String error = answer.error() != null ? answer.error() : answer.delivered() ? null : "HTTP " + answer.status();
        if (answer.delivered()) {
            return new Attempt(number, at, "DELIVERED", answer.status(), null, null);
        }
        if (!registered || number >= settings.maxAttempts()) {
            return new Attempt(number, at, "GAVE_UP", answer.status(), error, null);
        }
        return new Attempt(number, at, "RETRY", answer.status(), error, at.plus(settings.retryDelay(number)));
    }

    private void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Callback delivery poll failed; the next poll tries again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (enabled && poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "comity-callbacks");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(
                    this::poll, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(
                        settings.connectTimeout().plus(settings.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}

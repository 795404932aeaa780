package org.comity.core.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;
import org.comity.core.validation.MalformedInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's own callback: registering its address, reading it, removing it and rotating its
 * signing secret. Only agencies have one (people follow cases in the tasklist); each change is an
 * audit entry. A secret is shown once, in the answer that issues it.
 */
@Service
public class Callbacks {

    private static final Map<String, String> ROTATION = Map.of("operation", "rotateCallbackSecret");

    private final CallbackEndpoints endpoints;
    private final CallbackSettings settings;
    private final IdempotencyKeys idempotency;
    private final AuditLog audit;
    private final Clock clock;

    Callbacks(
            CallbackEndpoints endpoints,
            CallbackSettings settings,
            IdempotencyKeys idempotency,
            AuditLog audit,
            Clock clock) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #register} did: the registration, and whether it was the first (then with its secret). */
    public record Registered(CallbackRegistration registration, boolean created) {}

    /**
     * Registers the agency's callback address, or changes it (the secret stays). The first
     * registration issues the signing secret. A bad address is 400 naming {@code url}; nothing is stored.
     */
    @Transactional
    public Registered register(Actor actor, String url) {
        requireAgency(actor);
        CallbackUrlRule.check(url, settings.allowHttp()).ifPresent(error -> {
            throw new MalformedInputException(error);
        });
        Instant now = clock.instant();
        Optional<CallbackEndpoint> existing = endpoints.lock(actor.id());
        String secret = null;
        if (existing.isPresent()) {
            endpoints.changeUrl(actor.id(), url, now);
        } else {
            secret = CallbackSignature.newSecret();
            endpoints.insert(actor.id(), url, secret, now);
        }
        record(actor, "callback.register");
        return new Registered(endpoints.find(actor.id()).orElseThrow().view(now, secret), existing.isEmpty());
    }

    public CallbackRegistration find(Actor actor) {
        requireAgency(actor);
        return endpoints
                .find(actor.id())
                .map(e -> e.view(clock.instant(), null))
                .orElseThrow(() -> new NotVisibleException("Callback", actor.id()));
    }

    /** Removes the callback: no further events are written; events not yet delivered are given up. */
    @Transactional
    public void remove(Actor actor) {
        requireAgency(actor);
        if (!endpoints.delete(actor.id())) {
            throw new NotVisibleException("Callback", actor.id());
        }
        record(actor, "callback.remove");
    }

    /**
     * Issues a new signing secret; the one it replaces signs beside it for
     * {@link CallbackSettings#secretGrace()}, so a receiver can switch without refusing events. Honours
     * the Idempotency-Key: a retry returns the same new secret, not a third one (which would end the
     * grace of the secret the receiver still holds); 409 if a later rotation has replaced it since.
     */
    @Transactional
    public CallbackRegistration rotateSecret(Actor actor, String idempotencyKey) {
        requireAgency(actor);
        CallbackEndpoint endpoint =
                endpoints.lock(actor.id()).orElseThrow(() -> new NotVisibleException("Callback", actor.id()));
        Instant now = clock.instant();
        String version = idempotency
                .once(actor, idempotencyKey, ROTATION, () -> {
                    endpoints.rotate(endpoint, CallbackSignature.newSecret(), now, now.plus(settings.secretGrace()));
                    record(actor, "callback.secret");
                    return Integer.toString(endpoint.secretVersion() + 1);
                })
                .resourceId();
        CallbackEndpoint rotated = endpoints.find(actor.id()).orElseThrow();
        if (!version.equals(Integer.toString(rotated.secretVersion()))) {
            throw new ConflictException("A later rotation has replaced the secret this Idempotency-Key issued");
        }
        return rotated.view(now, rotated.secret());
    }

    private void record(Actor actor, String action) {
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, action)
                .object(AuditObjectType.AGENCY, actor.id())
                .build());
    }

    static void requireAgency(Actor actor) {
        if (actor.kind() != ActorKind.AGENCY) {
            throw new ForbiddenException("Only agencies register callbacks");
        }
    }
}

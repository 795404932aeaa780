package org.comity.web.demo;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.failure.ConflictException;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.RepatriationIntake;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code comity.demo.load-operation=true} (demo profile), loads the seed operation at start-up
 * as the Myanmar Police Force agency, once: a restart finds it by name and loads nothing, and nodes
 * of a cluster that start together on one database load it under one Idempotency-Key
 * ({@value #SEED_KEY}), so that only the first creates it and the others find it created or being
 * created.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOperationLoader implements ApplicationRunner {

    static final String NAME = "Joint operation against telecom fraud, northern and eastern Myanmar 2025";

    static final String SEED_KEY = "demo-seed-operation";

    private static final Logger log = LoggerFactory.getLogger(DemoOperationLoader.class);

    private final RepatriationIntake intake;
    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoOperationLoader(
            RepatriationIntake intake, JdbcClient jdbc, @Value("${comity.demo.load-operation:false}") boolean enabled) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled
                || jdbc.sql("SELECT COUNT(*) FROM repatriation_operation WHERE name = ?")
                                .param(NAME)
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        try {
            IdempotentResult loaded =
                    load(intake, Actor.agency("mm-mpf", "MM"), 1, DemoOperationGenerator.SEED_PERSONS, SEED_KEY);
            if (loaded.replayed()) {
                log.info("Demo profile: another node loaded the seed operation {}", loaded.resourceId());
            } else {
                log.warn(
                        "Demo profile: loaded the seed operation {} with {} persons",
                        loaded.resourceId(),
                        DemoOperationGenerator.SEED_PERSONS);
            }
        } catch (ConflictException loadingElsewhere) {
            log.info("Demo profile: another node is loading the seed operation");
        }
    }

    static IdempotentResult load(RepatriationIntake intake, Actor actor, int seed, int persons, String idempotencyKey) {
        if (seed < 0 || seed >= 5_000 || persons < 0 || persons > PersonInput.MAX_BATCH) {
            throw new InvalidInputException(List.of(new FieldError(
                    "seed", "Range", "seed must be 0 to 4999 and persons 0 to " + PersonInput.MAX_BATCH)));
        }
        OperationInput header = DemoOperationGenerator.operation(seed == 1 ? NAME : NAME + " (seed " + seed + ")");
        OperationInput input = new OperationInput(
                header.name(),
                header.holdingState(),
                header.receivingState(),
                header.regions(),
                header.callCentres(),
                header.startDate(),
                header.endDate(),
                new ArrayList<>(DemoOperationGenerator.persons(seed, persons)));
        return intake.open(actor, input, idempotencyKey);
    }
}

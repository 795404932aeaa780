package org.comity.web.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.OperationView;
import org.comity.core.repatriation.RepatriationIntake;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/demo/operation} (demo profile only): loads the seed operation — 18 call
 * centres in 5 regions, {@value DemoOperationGenerator#SEED_PERSONS} generated detainees — as the
 * caller, who must be an agency or officer of Myanmar (e.g. {@code Bearer demo-mm-mpf}).
 */
@RestController
@Profile("demo")
@Tag(name = "Demo")
class DemoOperationController {

    private final RepatriationIntake intake;

    DemoOperationController(RepatriationIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/v1/demo/operation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "loadDemoOperation",
            summary = "Load the seed joint operation with generated persons (demo profile only)")
    ResponseEntity<OperationView> load(
            Actor actor,
            @RequestParam(defaultValue = "1") int seed,
            @RequestParam(defaultValue = "" + DemoOperationGenerator.SEED_PERSONS) int persons,
            @RequestHeader(IdempotencyKeys.HEADER) String key) {
        String id = DemoOperationLoader.load(intake, actor, seed, persons, key).resourceId();
        return ResponseEntity.created(URI.create("/api/v1/repatriations/" + id)).body(intake.view(actor, id));
    }
}

package org.comity.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.comity.core.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells a caller who Comity takes them for: an integrator's first check that a token or account
 * works and carries the expected role and jurisdiction.
 */
@RestController
@Tag(name = "Identity")
class WhoAmIController {

    @GetMapping("/api/v1/me")
    @Operation(operationId = "whoAmI", summary = "The authenticated person or agency, with role and jurisdiction")
    Actor me(Actor actor) {
        return actor;
    }
}

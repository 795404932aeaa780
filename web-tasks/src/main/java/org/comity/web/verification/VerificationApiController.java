package org.comity.web.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.comity.core.archive.DocumentVerifications;
import org.comity.core.archive.VerificationCode;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/verification/{code}}, open without credentials: the verification page's answer
 * as JSON. A code no document carries is answered 404 "not issued by Comity", and the answer is the
 * same whether the code never existed or was mistyped, so that it reveals nothing.
 */
@RestController
@Tag(name = "Verification", description = "Public check of a printed document's verification code")
class VerificationApiController {

    static final String NOT_ISSUED = "Not issued by Comity: no document carries this verification code";

    private final DocumentVerifications verifications;
    private final JurisdictionRegistry jurisdictions;

    VerificationApiController(DocumentVerifications verifications, JurisdictionRegistry jurisdictions) {
        this.verifications = verifications;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/api/v1/verification/{code}")
    @Operation(
            operationId = "verifyDocument",
            summary = "Whether Comity issued the document with this code, when, by "
                    + "which authority, its SHA-256 and whether it was superseded; no sign-in",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "Comity issued it",
                            content = @Content(schema = @Schema(implementation = VerificationAnswer.class))))
    @SecurityRequirements
    ResponseEntity<?> verify(@PathVariable String code) {
        String printed = VerificationCode.parse(code)
                .orElseThrow(() -> new InvalidInputException(List.of(
                        new FieldError("code", "Pattern", "must be twelve hex digits, as printed: XXXX-XXXX-XXXX"))));
        return verifications
                .verify(printed)
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok(VerificationAnswer.of(printed, v, jurisdictions)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(HttpStatus.NOT_FOUND, NOT_ISSUED)));
    }
}

package org.comity.web.callback;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/v1/callback}: where the agency's status events go. */
@Schema(name = "CallbackRequest")
record CallbackRequest(
        @Schema(
                description = "Absolute https URL (http only in the demo profile), no user name or password, no "
                        + "fragment, at most 2000 characters",
                example = "https://integration.mps.example.cn/comity/events",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String url) {}

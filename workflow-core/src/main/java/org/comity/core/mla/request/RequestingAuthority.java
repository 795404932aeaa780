package org.comity.core.mla.request;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.comity.core.validation.VisibleText;

/**
 * The authority making the request and the officer the requested state may contact about it
 * (legal-domain.md §4.1 {@code requestingAuthority}; UNTOC 18(15)(a), ICJA Art. 13(1)).
 *
 * @param name the authority conducting the investigation, prosecution or proceeding
 * @param contactName the officer in charge
 * @param contactEmail where the requested state can reach that officer
 * @param contactPhone international format, e.g. {@code +86 871 1234 5678}
 */
public record RequestingAuthority(
        @NotBlank(message = "{mla.required}") @Size(max = 300) @VisibleText(max = 300)
        String name,

        @NotBlank(message = "{mla.required}") @Size(max = 200) @VisibleText
        String contactName,

        @NotBlank(message = "{mla.required}") @Email(message = "{mla.email}") @Size(max = 200) @VisibleText
        String contactEmail,

        @Pattern(regexp = "\\+[0-9][0-9 ]{6,20}", message = "{mla.phone}") @VisibleText
        String contactPhone) {}

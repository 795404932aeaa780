package org.comity.core.mla.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.law.Penalty;
import org.comity.core.validation.VisibleText;

/**
 * An offence the proceedings concern, with the provision that creates it and its penalty in the
 * requesting state's law (legal-domain.md §4.1 {@code applicableLaw}; ICJA Art. 13(3); Myanmar's
 * Law 4/2004 s. 3(a) defines an offence by a penalty of one year or more, §4.4).
 *
 * @param description conduct, in the requesting state's words
 * @param legalProvision the provision, e.g. "Criminal Law of the PRC, Art. 266"
 * @param maximumPenalty the maximum penalty under that provision (a term, life or death)
 */
public record Offence(
        @NotBlank(message = "{mla.required}") @Size(max = 2000) @VisibleText(multiline = true)
        String description,

        @NotBlank(message = "{mla.required}") @Size(max = 300) @VisibleText(max = 300)
        String legalProvision,

        @NotNull(message = "{mla.required}") @Valid Penalty maximumPenalty) {}

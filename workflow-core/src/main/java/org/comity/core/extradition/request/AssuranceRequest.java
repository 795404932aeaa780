package org.comity.core.extradition.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.validation.VisibleText;

/**
 * An assurance the requesting state records as given. Which fields a kind needs is checked by
 * {@code assurance.AssuranceTermsFitKind}.
 *
 * @param kind what is promised
 * @param terms the wording of the assurance as given
 * @param maxTermMonths {@link AssuranceKind#SENTENCE}: the longest term of imprisonment, in months
 * @param offenceIndexes {@link AssuranceKind#PROSECUTION_LIMIT}: the offences of the request the
 *     prosecution is limited to, by their index in the request's {@code offences} (from 0)
 * @param givenOn the day the assurance was given, in the requesting state's zone
 */
public record AssuranceRequest(
        @NotNull AssuranceKind kind,

        @NotBlank @Size(max = 4000) @VisibleText(multiline = true)
        String terms,

        Integer maxTermMonths,
        @Size(max = 100) List<@NotNull Integer> offenceIndexes,
        @NotNull LocalDate givenOn) {}

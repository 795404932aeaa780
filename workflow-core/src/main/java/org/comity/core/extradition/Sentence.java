package org.comity.core.extradition;

import java.time.Instant;
import java.time.LocalDate;
import org.comity.core.law.PenaltyKind;

/** A sentence recorded for a surrendered person, accepted because it honours every assurance given. */
public record Sentence(
        String id,
        PenaltyKind kind,
        Integer months,
        String court,
        LocalDate imposedOn,
        String recordedBy,
        Instant recordedAt) {}

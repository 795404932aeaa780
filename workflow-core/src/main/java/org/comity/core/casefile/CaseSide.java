package org.comity.core.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One process of a case the reader may see: its current stage (active activities) or how it ended.
 * {@code side} is the party ({@code REQUESTING}, {@code REQUESTED}) or {@code PROCESS} for a joint
 * process; {@code jurisdiction} is the state it works for, null for a joint process.
 */
public record CaseSide(
        String side,
        String jurisdiction,
        String processDefinitionKey,
        String processInstanceId,
        String state,
        List<String> stage,
        String endActivity,
        Instant startedAt,
        Instant endedAt) {}

package org.comity.core.casefile;

import java.time.Instant;

/** A message that went from one state's process to the other's, named as the models name it. */
public record CaseExchange(Instant at, String from, String to, String message) {}

package org.comity.core.extradition;

import java.util.UUID;

/**
 * Published (synchronously, in the engine's transaction) when the requested state's examination of
 * a case starts: the request, or the request for provisional arrest, has reached it. Other features
 * react without extradition knowing them, e.g. repatriation looks for the person among those it
 * holds (legal-domain.md §10 item 22).
 *
 * @param caseId the extradition case
 * @param requestedState the state that received the request
 */
public record ExtraditionRequestReceived(UUID caseId, String requestedState) {}

package org.comity.core.extradition;

import java.util.UUID;
import org.comity.core.extradition.request.ExtraditionRequest;

/** The request of another extradition case, with the case's reference and status. */
public record EarlierRequest(UUID caseId, String reference, String status, ExtraditionRequest request) {}

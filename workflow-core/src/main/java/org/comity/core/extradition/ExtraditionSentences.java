package org.comity.core.extradition;

import org.comity.core.extradition.request.SentenceRequest;
import org.comity.core.identity.Actor;

/**
 * The sentence the requesting state's court imposed after the surrender, checked against the
 * assurances given. Part of the feature's published surface; {@code assurance.Sentences} implements it.
 */
public interface ExtraditionSentences {

    /** Records a sentence, once per idempotency key. */
    Sentence record(Actor actor, String caseId, String idempotencyKey, SentenceRequest request);
}

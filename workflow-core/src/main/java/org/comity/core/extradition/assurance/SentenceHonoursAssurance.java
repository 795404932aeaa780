package org.comity.core.extradition.assurance;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.request.AssuranceKind;
import org.comity.core.extradition.request.SentenceRequest;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.FieldError;

/**
 * A sentence imposed on a surrendered person honours every assurance given for the extradition:
 * no death sentence after a {@link AssuranceKind#DEATH_PENALTY} assurance; after a
 * {@link AssuranceKind#SENTENCE} assurance neither life nor death nor a term above the assured
 * maximum. The courts are bound by the assurance the SPC decided (S10 Art. 50; S1 Art. 4(d);
 * {@code reference/legal-domain.md} §2.4 step 4, §9 item 13).
 */
final class SentenceHonoursAssurance {

    static final String RULE = "SentenceHonoursAssurance";

    private SentenceHonoursAssurance() {}

    /** One error per assurance the sentence breaks; none if it honours them all. */
    static List<FieldError> check(SentenceRequest sentence, List<Assurance> assurances) {
        List<FieldError> errors = new ArrayList<>();
        for (Assurance assurance : assurances) {
            String given = " given on " + assurance.givenOn() + ", decided by " + assurance.decidingAuthority();
            if (assurance.kind() == AssuranceKind.DEATH_PENALTY && sentence.kind() == PenaltyKind.DEATH) {
                errors.add(new FieldError(
                        "kind",
                        RULE,
                        "breaks the DEATH_PENALTY assurance" + given + ": no death sentence may be imposed"));
            } else if (assurance.kind() == AssuranceKind.SENTENCE && sentence.kind() != PenaltyKind.TERM) {
                errors.add(new FieldError(
                        "kind",
                        RULE,
                        "breaks the SENTENCE assurance" + given + ": at most " + assurance.maxTermMonths()
                                + " months of imprisonment, not " + sentence.kind()));
            } else if (assurance.kind() == AssuranceKind.SENTENCE && sentence.months() > assurance.maxTermMonths()) {
                errors.add(new FieldError(
                        "months",
                        RULE,
                        "breaks the SENTENCE assurance" + given + ": at most " + assurance.maxTermMonths()
                                + " months"));
            }
        }
        return errors;
    }
}

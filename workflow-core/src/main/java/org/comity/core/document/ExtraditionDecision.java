package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;

/**
 * Decision on extradition (legal-domain.md §2.6, §2.8 steps A12–A16): grant, refusal with the
 * grounds relied on, or postponement until a date, with the court's ruling it follows, the written
 * reasons and the rationale for a discretionary ground (§9 items 14, 15), and the offences granted,
 * which bind the requesting state under the rule of speciality (S10 Art. 14).
 *
 * @param ruling the court's ruling, {@code null} when none was recorded
 * @param reasons the deciding authority's reasons, {@code null} when the court's ruling is the decision
 * @param rationale the rationale for a discretionary ground, {@code null} when none was required or given
 * @param postponedUntil only for {@link Outcome#POSTPONED}
 * @param offencesGranted the offences extradition is granted for; empty unless granted
 */
public record ExtraditionDecision(
        Subject person,
        Text decidingAuthority,
        Outcome outcome,
        List<RefusalGround> grounds,
        CourtRuling ruling,
        FreeText reasons,
        FreeText rationale,
        LocalDate postponedUntil,
        List<ExtraditionRequest.Offence> offencesGranted)
        implements DocumentContent {

    public ExtraditionDecision {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(outcome, "outcome");
        grounds = List.copyOf(grounds);
        offencesGranted = List.copyOf(offencesGranted);
        if (outcome == Outcome.REFUSED && grounds.isEmpty()) {
            throw new IllegalArgumentException("a refusal must cite at least one ground");
        }
        if (outcome == Outcome.POSTPONED && postponedUntil == null) {
            throw new IllegalArgumentException("a postponement needs a date");
        }
        if (outcome == Outcome.REFUSED && !offencesGranted.isEmpty()) {
            throw new IllegalArgumentException("a refusal grants no offence");
        }
        if (ruling == null && reasons == null) {
            throw new IllegalArgumentException("a decision states its reasons or the ruling it follows");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.EXTRADITION_DECISION;
    }

    /** What was decided, with its printed wording. */
    public enum Outcome {
        GRANTED,
        REFUSED,
        POSTPONED;

        /** The printed wording, by message key {@code extradition.outcome.<NAME>}. */
        public Text wording() {
            return Phrase.of("extradition.outcome." + name());
        }
    }

    /**
     * A refusal ground: code (e.g. {@code POL} for a political offence), whether it is
     * mandatory, and its wording.
     */
    public record RefusalGround(String code, boolean mandatory, Text wording) {}

    /** The court's ruling on whether the person is extraditable (S10 Art. 24). */
    public record CourtRuling(FreeText court, LocalDate date, Text ruling, FreeText reasons) {}
}

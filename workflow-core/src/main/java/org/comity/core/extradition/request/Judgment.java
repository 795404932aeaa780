package org.comity.core.extradition.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.VisibleText;

/**
 * The judgment a request to enforce a sentence rests on (S10 Arts. 7, 12(1); legal-domain.md §2.7).
 *
 * @param court the court that gave it
 * @param date date of the judgment
 * @param finalJudgment whether it is final and enforceable
 * @param inAbsentia whether it was given in the person's absence
 * @param sentenceImposed the sentence imposed
 * @param remainingSentence the part of a term still to serve at the request date; null for a
 *     life or death sentence
 */
public record Judgment(
        @NotBlank(message = "{extradition.required}") @VisibleText
        String court,

        @NotNull(message = "{extradition.required}") LocalDate date,
        boolean finalJudgment,
        boolean inAbsentia,
        @NotNull(message = "{extradition.required}") @Valid Penalty sentenceImposed,
        Period remainingSentence) {

    /**
     * Whether at least {@code threshold} remains to be served, measured on {@code requestDate}
     * (S10 Art. 7 para. 1(2): "at the time the request is made"). Life and death sentences do.
     */
    public boolean remainingReaches(Period threshold, LocalDate requestDate) {
        if (sentenceImposed != null && sentenceImposed.kind() != PenaltyKind.TERM) {
            return true;
        }
        return remainingSentence != null && !requestDate.plus(remainingSentence).isBefore(requestDate.plus(threshold));
    }

    /** Whole months still to serve on {@code requestDate}, rounded down; null for life or death. */
    public Long remainingWholeMonths(LocalDate requestDate) {
        if (remainingSentence == null) {
            return null;
        }
        return ChronoUnit.MONTHS.between(requestDate, requestDate.plus(remainingSentence));
    }
}

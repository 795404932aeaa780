package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Decision on extradition (legal-domain.md §2.6, §2.8 steps A12–A16): grant, refusal with the
 * grounds relied on, or postponement until a date.
 *
 * @param postponedUntil only for {@link Outcome#POSTPONED}
 */
public record ExtraditionDecision(Subject person, BilingualText decidingAuthority, Outcome outcome,
		List<RefusalGround> grounds, BilingualText reasons, LocalDate postponedUntil) implements DocumentContent {

	public ExtraditionDecision {
		grounds = List.copyOf(grounds);
		if (outcome == Outcome.REFUSED && grounds.isEmpty()) {
			throw new IllegalArgumentException("a refusal must cite at least one ground");
		}
		if (outcome == Outcome.POSTPONED && postponedUntil == null) {
			throw new IllegalArgumentException("a postponement needs a date");
		}
	}

	@Override
	public DocumentType type() {
		return DocumentType.EXTRADITION_DECISION;
	}

	/** What was decided, with its printed wording. */
	public enum Outcome {

		GRANTED("Extradition is granted", "准予引渡"), REFUSED("Extradition is refused", "不予引渡"),
		POSTPONED("Surrender is postponed", "暂缓引渡");

		private final String english;

		private final String chinese;

		Outcome(String english, String chinese) {
			this.english = english;
			this.chinese = chinese;
		}

		public BilingualText wording() {
			return BilingualText.of(english, chinese);
		}

	}

	/**
	 * A refusal ground: code (e.g. {@code CN-ICL-8-3} for a political offence), whether it is
	 * mandatory, and its wording.
	 */
	public record RefusalGround(String code, boolean mandatory, BilingualText wording) {
	}

}

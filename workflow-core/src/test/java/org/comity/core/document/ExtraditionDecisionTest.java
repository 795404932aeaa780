package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;

import org.comity.core.document.ExtraditionDecision.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExtraditionDecisionTest {

	private static final Subject PERSON = new Subject(new PersonName("张伟", "Zhang Wei"), "M",
			LocalDate.of(1988, 5, 17), "CN", new TravelDocument(TravelDocument.Kind.PASSPORT, "E12345678"));

	private static final BilingualText TEXT = BilingualText.of("Reasons", "理由");

	@Test
	void aRefusalMustCiteAGround() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExtraditionDecision(PERSON, TEXT, Outcome.REFUSED, List.of(), TEXT, null));
	}

	@Test
	void aPostponementNeedsADate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExtraditionDecision(PERSON, TEXT, Outcome.POSTPONED, List.of(), TEXT, null));
	}

}

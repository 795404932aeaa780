package org.comity.documents.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTest {

	record Person(String name, LocalDate born, List<Locale> languages, Integer children) {
	}

	@Test
	void writesComponentsInDeclarationOrderWithQuotedStringsAndIsoValues() {
		Person person = new Person("Zhang \"Wei\" \\ 张伟", LocalDate.of(1988, 5, 17),
				List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans")), null);

		assertThat(CanonicalForm.of(person)).isEqualTo(
				"Person{name=\"Zhang \\\"Wei\\\" \\\\ 张伟\",born=1988-05-17,languages=[en,zh-Hans],children=null}");
	}

}

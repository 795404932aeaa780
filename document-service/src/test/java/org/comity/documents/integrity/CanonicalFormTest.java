package org.comity.documents.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.text.MultilingualText;
import org.comity.core.text.Phrase;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    record Person(String name, LocalDate born, List<Locale> languages, Integer children) {}

    @Test
    void writesComponentsInDeclarationOrderWithQuotedStringsAndIsoValues() {
        Person person = new Person(
                "Zhang \"Wei\" \\ 张伟",
                LocalDate.of(1988, 5, 17),
                List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans")),
                null);

        assertThat(CanonicalForm.of(person))
                .isEqualTo(
                        "Person{name=\"Zhang \\\"Wei\\\" \\\\ 张伟\",born=1988-05-17,languages=[en,zh-Hans],children=null}");
    }

    record Signed(Phrase act, MultilingualText authority) {}

    @Test
    void writesAPhraseAsItsKeyAndArgumentsAndATextByLanguageInOrder() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", "Ministry of \"Public\" Security");
        names.put("zh-Hans", "公安部");

        assertThat(CanonicalForm.of(new Signed(Phrase.of("signature.act.received-by"), MultilingualText.of(names))))
                .isEqualTo("Signed{act=Phrase{key=\"signature.act.received-by\",arguments=[]},"
                        + "authority=MultilingualText{en=\"Ministry of \\\"Public\\\" Security\",zh-Hans=\"公安部\"}}");
    }
}

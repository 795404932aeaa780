package org.comity.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Form registration, binding and the variables a form may give the engine. */
class FormsTest {

    enum Ground {
        NAT,
        POL
    }

    @TaskForm("Sample")
    record Sample(
            @NotNull Ground ground,
            @NotBlank @Size(max = 20) String court,
            @Past LocalDate ruled,
            List<Ground> grounds,
            Boolean fin) {}

    @TaskForm("Typed")
    record Typed(Integer days, Boolean fin) {}

    @TaskForm("Unlabelled")
    record Unlabelled(String name) {}

    @TaskForm("Sample")
    record SameKey(String name) {}

    @TaskForm("Objects")
    record Objects(Object anything) {}

    private final FormRegistry registry = new FormRegistry(List.of(Sample.class, Typed.class));
    private final FormBinder binder =
            new FormBinder(new ObjectMapper().findAndRegisterModules(), Validation.buildDefaultValidatorFactory());

    /** 16:07 UTC on 7 December 2026: 00:07 on the 8th in Beijing. */
    private static final Instant SEVEN_PAST_MIDNIGHT_IN_BEIJING = Instant.parse("2026-12-07T16:07:00Z");

    private static final Clock IN_BEIJING = Clock.fixed(SEVEN_PAST_MIDNIGHT_IN_BEIJING, ZoneId.of("Asia/Shanghai"));

    @SuppressWarnings("unchecked")
    private FormDefinition<Sample> sample() {
        return (FormDefinition<Sample>) registry.find("Sample").orElseThrow();
    }

    @Nested
    class Registration {

        @Test
        void refusesAFieldWithoutALabel() {
            assertThatThrownBy(() -> new FormRegistry(List.of(Unlabelled.class)))
                    .hasMessageContaining("form.FormsTest.Unlabelled.name");
        }

        @Test
        void refusesAKeyUsedTwice() {
            assertThatThrownBy(() -> new FormRegistry(List.of(Sample.class, SameKey.class)))
                    .hasMessageContaining("Form key Sample");
        }

        @Test
        void refusesATypeAFormCannotCarry() {
            assertThatThrownBy(() -> new FormRegistry(List.of(Objects.class))).hasMessageContaining("cannot carry");
        }

        @Test
        void derivesTypesRequiredMarksAndOptions() {
            FormSchema schema = sample().schema();
            assertThat(schema.fields())
                    .extracting(FieldSchema::type)
                    .containsExactly(
                            FieldType.CHOICE,
                            FieldType.TEXT,
                            FieldType.DATE,
                            FieldType.MULTI_CHOICE,
                            FieldType.BOOLEAN);
            assertThat(schema.fields())
                    .extracting(FieldSchema::required)
                    .containsExactly(true, true, false, false, false);
            assertThat(schema.fields().get(3).options())
                    .extracting(FieldOption::value)
                    .containsExactly("NAT", "POL");
            assertThat(schema.fields().get(1).constraints().maxLength()).isEqualTo(20);
        }

        @Test
        void labelsTitleFieldsAndOptionsByKeysDerivedFromTheRecord() {
            FormSchema schema = sample().schema();
            assertThat(schema.title().key()).isEqualTo("form.FormsTest.Sample");
            assertThat(schema.fields())
                    .extracting(f -> f.label().key())
                    .containsExactly(
                            "form.FormsTest.Sample.ground",
                            "form.FormsTest.Sample.court",
                            "form.FormsTest.Sample.ruled",
                            "form.FormsTest.Sample.grounds",
                            "form.FormsTest.Sample.fin");
            assertThat(schema.fields().get(0).options())
                    .extracting(o -> o.label().key())
                    .containsExactly("option.FormsTest.Ground.NAT", "option.FormsTest.Ground.POL");
            assertThat(schema.fields().get(2).label().in(Locale.CHINESE)).isEqualTo("裁定日期");
            assertThat(schema.fields().get(2).label().in(Locale.forLanguageTag("zh-Hans")))
                    .isEqualTo("裁定日期");
        }

        /** A language without a bundle reads English, so a page in it is whole before its translation is. */
        @Test
        void readsEnglishInALanguageWithoutABundle() {
            assertThat(sample().schema().fields().get(2).label().in(Locale.forLanguageTag("my")))
                    .isEqualTo("Ruling date");
        }

        /** The API's schema carries each text in English and Chinese, as it always has. */
        @Test
        void servesEachTextInTheApiLanguages() throws Exception {
            String json = new ObjectMapper()
                    .writeValueAsString(sample().schema().fields().get(0));
            assertThat(json)
                    .contains("\"label\":{\"en\":\"Ground\",\"zh\":\"理由\"}")
                    .contains("{\"value\":\"POL\",\"label\":{\"en\":\"Political offence\",\"zh\":\"政治犯罪\"}}")
                    .doesNotContain("key");
        }
    }

    @Nested
    class Binding {

        @Test
        void bindsConvertsAndNormalisesText() {
            Sample sample = binder.bind(
                    sample(),
                    Map.of(
                            "ground",
                            "NAT",
                            "court",
                            "  Court\u030C ",
                            "ruled",
                            "2020-01-31",
                            "grounds",
                            List.of("NAT", "POL"),
                            "fin",
                            "true"),
                    IN_BEIJING);
            assertThat(sample.court()).isEqualTo("Cour\u0165"); // stripped and NFC: t + combining caron = ť
            assertThat(sample.ruled()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(sample.grounds()).containsExactly(Ground.NAT, Ground.POL);
            assertThat(sample.fin()).isTrue();
        }

        @Test
        void reportsEveryProblemAtOnce() {
            assertThatThrownBy(() -> binder.bind(
                            sample(), Map.of("ground", "XYZ", "ruled", "2023-02-29", "other", 1), IN_BEIJING))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field)
                                    .containsExactlyInAnyOrder("ground", "ruled", "other"));
        }

        @Test
        void reportsBrokenRulesOnceTypesAreRight() {
            assertThatThrownBy(() -> binder.bind(sample(), Map.of("court", " ", "ruled", "2026-12-09"), IN_BEIJING))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field)
                                    .containsExactlyInAnyOrder("ground", "court", "ruled"));
        }

        /**
         * A number or yes/no field given as text (what a page's form sends, or an API client quoting
         * it) is converted only when the text is that number or {@code true}/{@code false}: anything
         * else is refused with the field and the rule "Type", never read as null, zero or false.
         */
        @Test
        void refusesTextThatIsNotTheNumberOrYesNoOfItsField() {
            @SuppressWarnings("unchecked")
            FormDefinition<Typed> typed =
                    (FormDefinition<Typed>) registry.find("Typed").orElseThrow();
            for (String notANumber : List.of(
                    "abc",
                    "1e999",
                    "1e3",
                    "1.5",
                    "12abc",
                    "99999999999",
                    "0x10",
                    "\uFF11\uFF12",
                    "+-1",
                    "NaN",
                    "Infinity",
                    "true")) {
                assertThatThrownBy(() -> binder.bind(typed, Map.of("days", notANumber), IN_BEIJING))
                        .as(notANumber)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.errors())
                                        .extracting(FieldError::field, FieldError::rule)
                                        .containsExactly(tuple("days", "Type")));
            }
            for (String notYesNo : List.of("yes", "no", "1", "0", "on", "abc", "t", "1e999")) {
                assertThatThrownBy(() -> binder.bind(typed, Map.of("fin", notYesNo), IN_BEIJING))
                        .as(notYesNo)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.errors())
                                        .extracting(FieldError::field, FieldError::rule)
                                        .containsExactly(tuple("fin", "Type")));
            }
            Typed fine = binder.bind(typed, Map.of("days", "12", "fin", "false"), IN_BEIJING);
            assertThat(fine.days()).isEqualTo(12);
            assertThat(fine.fin()).isFalse();
        }

        /**
         * "In the past" is judged on the calendar of the state whose act it is: at 00:07 in Beijing the
         * 7th is yesterday there, while in UTC it is still today.
         */
        @Test
        void takesTodayInTheZoneOfTheGivenClock() {
            Map<String, Object> yesterdayInBeijing = Map.of("ground", "NAT", "court", "Court", "ruled", "2026-12-07");

            assertThat(binder.bind(sample(), yesterdayInBeijing, IN_BEIJING).ruled())
                    .isEqualTo(LocalDate.of(2026, 12, 7));
            assertThatThrownBy(() -> binder.bind(sample(), yesterdayInBeijing, IN_BEIJING.withZone(ZoneOffset.UTC)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly("ruled"));
        }
    }

    @Nested
    class Variables {

        @Test
        void giveTheEngineDecisionValuesButNeverText() {
            Sample sample = new Sample(
                    Ground.POL,
                    "Supreme People's Court",
                    LocalDate.of(2020, 1, 31),
                    List.of(Ground.NAT, Ground.POL),
                    false);
            Map<String, Object> variables = FormVariables.of(sample);
            assertThat(variables)
                    .containsEntry("ground", "POL")
                    .containsEntry("ruled", "2020-01-31")
                    .containsEntry("grounds", "NAT,POL")
                    .containsEntry("fin", false)
                    .doesNotContainKey("court");
            assertThat(FormVariables.asPlainValues(sample)).containsEntry("court", "Supreme People's Court");
        }
    }
}

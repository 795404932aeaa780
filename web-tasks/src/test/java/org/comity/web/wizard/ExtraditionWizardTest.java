package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.comity.core.casefile.CaseFile;
import org.comity.core.engine.EngineClock;
import org.comity.core.extradition.ExtraditionSubmissions;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.extradition.rules.ExtraditionRequestValidator;
import org.comity.core.form.FormMessages;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.intake.RequestIntake.Submission;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.law.PenaltyKind;
import org.comity.core.person.IdentityDocumentType;
import org.comity.core.person.Sex;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The extradition wizard's definition without a server: the steps' values make the same request
 * as the API's, the required marks follow the model, each error lands in the step that owns it,
 * and every label, hint and option exists in English and Chinese.
 */
class ExtraditionWizardTest {

    static final Actor CN_OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");

    static final ResourceBundleMessageSource MESSAGES = messages();

    final ObjectMapper mapper = JsonMapper.builder()
            .findAndAddModules()
            .enable(
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static final JurisdictionRegistry JURISDICTIONS = new JurisdictionRegistry(List.of(
            new Jurisdiction("CN", "People's Republic of China", "中华人民共和国", ZoneId.of("Asia/Shanghai"), List.of("zh")),
            new Jurisdiction("MM", "Republic of the Union of Myanmar", null, ZoneId.of("Asia/Yangon"), List.of("my"))));

    /** The application's clock as the build runs it, read in each state's zone. */
    static final JurisdictionClock TODAY = new JurisdictionClock(EngineClock.applicationClock(), JURISDICTIONS);

    static final ExtraditionRequestValidator VALIDATOR = new ExtraditionRequestValidator(
            Validation.buildDefaultValidatorFactory(), LegalBasisRegistry.standard(), TODAY);

    /** The wizard's steps validate as the intake does; nothing here submits. */
    static final ExtraditionSubmissions VALIDATING_ONLY = new ExtraditionSubmissions() {
        @Override
        public ValidationReport validate(ExtraditionRequest request, Locale locale) {
            return VALIDATOR.validate(request, locale);
        }

        @Override
        public Submission submit(Actor actor, String idempotencyKey, ExtraditionRequest request, Locale locale) {
            throw new UnsupportedOperationException("the wizard's unit tests do not submit");
        }

        @Override
        public CaseFile amend(Actor actor, String caseId, ExtraditionRequest request, Locale locale) {
            throw new UnsupportedOperationException("the wizard's unit tests do not amend");
        }
    };

    final ExtraditionWizard wizard =
            new ExtraditionWizard(VALIDATING_ONLY, LegalBasisRegistry.standard(), JURISDICTIONS, MESSAGES, TODAY);

    final WizardEngine engine = new WizardEngine(List.of(wizard), mapper, MESSAGES);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static DraftValues complete() {
        Map<String, String> values = new HashMap<>();
        values.putAll(WizardSteps.route());
        values.putAll(WizardSteps.person());
        values.putAll(WizardSteps.offences());
        values.putAll(WizardSteps.warrant());
        values.putAll(WizardSteps.undertakings());
        return new DraftValues(values, Map.of());
    }

    @Test
    void theStepsOfAValidRequestGiveAValidRequestWithoutErrorsOrWarnings() {
        Evaluation evaluation = engine.evaluate(wizard, CN_OFFICER, complete(), Locale.ENGLISH);
        assertThat(evaluation.errors()).isEmpty();
        assertThat(evaluation.warnings()).isEmpty();
    }

    @Test
    void buildsTheRequestTheApiWouldReceive() throws IOException {
        DraftBinder.Binding binding =
                new DraftBinder(MESSAGES).bind(wizard.steps(), complete(), CN_OFFICER, Locale.ENGLISH);
        binding.tree().put("requestingState", "CN");
        ExtraditionRequest request = mapper.convertValue(binding.tree(), ExtraditionRequest.class);
        assertThat(binding.errors()).isEmpty();
        assertThat(request.requestingState()).isEqualTo("CN");
        assertThat(request.person().nameInOriginalScript()).isEqualTo("张伟");
        assertThat(request.person().aliases()).isEmpty();
        assertThat(request.offences().get(0).maximumPenalty().months()).isEqualTo(120);
        assertThat(request.judgment()).isNull();
        assertThat(request.warrant().reference()).isEqualTo("KM-2026-0042");
        assertThat(request.undertakings().speciality()).isTrue();
        assertThat(request.undertakings().reciprocity()).isFalse();
    }

    @Test
    void anEmptyDraftHasErrorsInEveryStepAndNoneOutsideThem() {
        Evaluation evaluation = engine.evaluate(wizard, CN_OFFICER, DraftValues.empty(), Locale.ENGLISH);
        assertThat(evaluation.unowned(wizard.steps())).isEmpty();
        assertThat(fields(evaluation.errorsOf(WizardEngine.step(wizard, "route"))))
                .containsExactly("channel", "legalBasisId", "purpose", "requestDate", "requestedState", "urgency");
        assertThat(fields(evaluation.errorsOf(WizardEngine.step(wizard, "person"))))
                .containsExactly(
                        "person.dateOfBirth",
                        "person.nameInLatinScript",
                        "person.nameInOriginalScript",
                        "person.nationalities[0]",
                        "person.sex");
        assertThat(fields(evaluation.errorsOf(WizardEngine.step(wizard, "offences"))))
                .contains(
                        "factsSummary",
                        "offences[0].description",
                        "offences[0].maximumPenalty.kind",
                        "offences[0].place");
        assertThat(evaluation.firstInvalid(wizard.steps()).map(WizardStep::id)).contains("route");
    }

    @Test
    void anErrorOfALaterStepWaitsForThatStep() {
        DraftValues values = complete();
        values.put("offences[0].dateTo", "2024-01-01");
        values.put("offences[0].dateFrom", "2025-01-01");
        Evaluation evaluation = engine.evaluate(wizard, CN_OFFICER, values, Locale.ENGLISH);
        assertThat(evaluation.firstInvalid(wizard.steps()).map(WizardStep::id)).contains("offences");
        assertThat(fields(evaluation.errorsOf(WizardEngine.step(wizard, "offences"))))
                .containsExactly("offences[0].dateTo");
    }

    @Test
    void marksAsRequiredWhatTheModelRequires() {
        Map<String, Boolean> marks = new LinkedHashMap<>();
        for (WizardStep step : wizard.steps()) {
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardRows rows) {
                    rows.fields().forEach(f -> marks.put(rows.path(0, f), f.marked()));
                } else {
                    marks.put(part.name(), ((WizardField) part).marked());
                }
            }
        }
        assertThat(marks)
                .containsEntry("person.nameInOriginalScript", true)
                .containsEntry("person.nationalities[0]", true)
                .containsEntry("person.aliases[0]", true)
                .containsEntry("person.identityDocuments[0].expiry", false)
                .containsEntry("offences[0].provisionInRequestedLaw", false)
                .containsEntry("offences[0].maximumPenalty.kind", true)
                .containsEntry("offences[0].maximumPenalty.months", false)
                .containsEntry("judgment.inAbsentia", true)
                .containsEntry("undertakings.speciality", false);
        assertThatThrownBy(() -> ModelPaths.required(ExtraditionRequest.class, "person.middleName"))
                .hasMessageContaining("person.middleName");
    }

    @Test
    void everyLabelHintAndOptionExistsInEnglishAndChinese() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        Set<String> used = new TreeSet<>(WizardLabels.keys(wizard));
        wizard.fixedValues(CN_OFFICER, Locale.ENGLISH).keySet().forEach(path -> used.add("wizard.extradition." + path));
        assertThat(english.stringPropertyNames()).containsAll(used);
        for (Class<? extends Enum<?>> type :
                List.of(Purpose.class, Urgency.class, Sex.class, IdentityDocumentType.class, PenaltyKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = FormMessages.optionKey(constant);
                assertThat(FormMessages.find(key, Locale.ENGLISH)).as(key).isPresent();
                assertThat(FormMessages.text(key, Locale.CHINESE))
                        .as(key)
                        .isNotEqualTo(FormMessages.text(key, Locale.ENGLISH));
            }
        }
        Set<String> englishWizard = english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("wizard."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> chineseWizard = chinese.stringPropertyNames().stream()
                .filter(k -> k.startsWith("wizard."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(chineseWizard).isEqualTo(englishWizard);
        assertThat(chinese.getProperty("nav.newRequest")).isEqualTo("新建请求");
    }

    @Test
    void readsWhatABrowserCannotCheck() {
        DraftValues values = complete();
        values.put("person.dateOfBirth", "17/05/1990");
        values.put("offences[0].maximumPenalty.months", "1201");
        values.put("person.sex", "ROBOT");
        values.put("requestedState", "CN");
        List<FieldError> errors = new DraftBinder(MESSAGES)
                .bind(wizard.steps(), values, CN_OFFICER, Locale.ENGLISH)
                .errors();
        assertThat(errors)
                .extracting(FieldError::field, FieldError::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("person.dateOfBirth", "Date"),
                        org.assertj.core.groups.Tuple.tuple("offences[0].maximumPenalty.months", "Range"),
                        org.assertj.core.groups.Tuple.tuple("person.sex", "Choice"),
                        org.assertj.core.groups.Tuple.tuple("requestedState", "Choice"));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).distinct().sorted().toList();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                ExtraditionWizardTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

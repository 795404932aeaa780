package org.comity.web.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.comity.core.casefile.CaseFile;
import org.comity.core.extradition.ExtraditionSubmissions;
import org.comity.core.extradition.request.Channel;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.law.PenaltyKind;
import org.comity.core.person.IdentityDocumentType;
import org.comity.core.person.Sex;
import org.comity.core.validation.ValidationReport;
import org.comity.web.form.Choice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The extradition request, step by step (legal-domain.md §2.7 for the fields, §4.5 for the
 * "right first time" wizard): route and legal basis, the person, the offences, the warrant or the
 * judgment as the purpose requires, the undertakings that apply, then the review. The requesting
 * state is the officer's own. Validation and submission are those of
 * {@link ExtraditionSubmissions}, both exactly as for {@code POST /api/v1/extraditions}.
 */
@Component
class ExtraditionWizard implements RequestWizard<ExtraditionRequest> {

    static final String TYPE = "extradition";

    private static final Pattern DEATH_PENALTY = Pattern.compile("offences\\[\\d+]\\.maximumPenalty\\.kind");

    private final ExtraditionSubmissions intake;
    private final LegalBasisRegistry legalBases;
    private final JurisdictionRegistry jurisdictions;
    private final JurisdictionClock clock;
    private final List<WizardStep> steps;

    ExtraditionWizard(
            ExtraditionSubmissions intake,
            LegalBasisRegistry legalBases,
            JurisdictionRegistry jurisdictions,
            MessageSource messages,
            JurisdictionClock clock) {
        this.intake = intake;
        this.legalBases = legalBases;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
        this.steps = ModelPaths.resolve(ExtraditionRequest.class, steps(messages));
    }

    private List<WizardStep> steps(MessageSource messages) {
        OptionSource countries = (actor, locale) -> Choices.countries(locale);
        List<WizardStep> all = new ArrayList<>();
        all.add(WizardStep.of(
                "route",
                List.of(
                        "requestingState",
                        "requestedState",
                        "legalBasisId",
                        "purpose",
                        "urgency",
                        "channel",
                        "requestDate"),
                WizardField.choice("requestedState", Input.SELECT, Choices.requestedStates(jurisdictions)),
                WizardField.choice("legalBasisId", Input.SELECT, this::legalBases),
                WizardField.choice("purpose", Input.RADIO, Choices.of(Purpose.class)),
                WizardField.choice("urgency", Input.RADIO, Choices.of(Urgency.class)),
                WizardField.choice("channel", Input.RADIO, Choices.of(Channel.class)),
                WizardField.of("requestDate", Input.DATE).notAfterToday()));
        all.add(WizardStep.of(
                "person",
                List.of("person"),
                WizardField.of("person.nameInOriginalScript", Input.TEXT),
                WizardField.of("person.nameInLatinScript", Input.TEXT)
                        .pattern("[\\p{Script=Latin}\\p{M}][\\p{Script=Latin}\\p{M} .'\\-]*"),
                WizardRows.of("person.aliases", 0, 10, WizardField.of("", Input.TEXT)),
                WizardField.choice("person.sex", Input.RADIO, Choices.of(Sex.class)),
                WizardField.of("person.dateOfBirth", Input.DATE).notAfterToday(),
                WizardRows.of(
                        "person.nationalities",
                        1,
                        5,
                        WizardField.choice("", Input.SELECT, Choices.nationalities(messages))),
                WizardRows.of(
                        "person.identityDocuments",
                        0,
                        10,
                        WizardField.choice("type", Input.SELECT, Choices.of(IdentityDocumentType.class)),
                        WizardField.of("number", Input.TEXT)
                                .maxLength(30)
                                .pattern("[A-Z0-9][A-Z0-9\\/\\(\\)\\-]{0,29}"),
                        WizardField.choice("issuingState", Input.SELECT, countries),
                        WizardField.of("expiry", Input.DATE))));
        all.add(WizardStep.of(
                "offences",
                List.of("offences", "factsSummary"),
                WizardRows.of(
                        "offences",
                        1,
                        20,
                        WizardField.of("description", Input.LONG_TEXT),
                        WizardField.of("provisionInRequestingLaw", Input.TEXT).maxLength(500),
                        WizardField.of("provisionInRequestedLaw", Input.TEXT).maxLength(500),
                        WizardField.of("dateFrom", Input.DATE).notAfterToday(),
                        WizardField.of("dateTo", Input.DATE).notAfterToday(),
                        WizardField.of("place", Input.TEXT).maxLength(500),
                        WizardField.choice("maximumPenalty.kind", Input.RADIO, Choices.of(PenaltyKind.class)),
                        WizardField.of("maximumPenalty.months", Input.NUMBER).range(1L, 1200L)),
                WizardField.of("factsSummary", Input.LONG_TEXT).maxLength(10_000)));
        all.add(WizardStep.of(
                "warrant-judgment",
                List.of("warrant", "judgment"),
                prosecution(WizardField.of("warrant.issuingAuthority", Input.TEXT)),
                prosecution(WizardField.of("warrant.date", Input.DATE).notAfterToday()),
                prosecution(WizardField.of("warrant.reference", Input.TEXT)),
                enforcement(WizardField.of("judgment.court", Input.TEXT)),
                enforcement(WizardField.of("judgment.date", Input.DATE).notAfterToday()),
                enforcement(
                        WizardField.of("judgment.finalJudgment", Input.YES_NO).mustBeAnswered()),
                enforcement(WizardField.of("judgment.inAbsentia", Input.YES_NO).mustBeAnswered()),
                enforcement(WizardField.choice(
                        "judgment.sentenceImposed.kind", Input.RADIO, Choices.of(PenaltyKind.class))),
                enforcement(WizardField.of("judgment.sentenceImposed.months", Input.NUMBER)
                        .range(1L, 1200L)),
                enforcement(WizardField.of("judgment.remainingSentence", Input.NUMBER)
                        .range(0L, 1200L)
                        .converted(months -> "P" + months + "M"))));
        all.add(WizardStep.of(
                "undertakings",
                List.of("undertakings"),
                WizardField.of("undertakings.speciality", Input.CHECKBOX),
                WizardField.of("undertakings.noReExtradition", Input.CHECKBOX),
                WizardField.of("undertakings.retrialIfInAbsentia", Input.CHECKBOX)
                        .when(values -> values.is("purpose", Purpose.ENFORCEMENT.name())
                                && values.is("judgment.inAbsentia", "true")),
                WizardField.of("undertakings.reciprocity", Input.CHECKBOX).when(this::withoutTreaty),
                WizardField.of("undertakings.deathPenaltyAssurance", Input.CHECKBOX)
                        .when(ExtraditionWizard::deathPossible)));
        return all;
    }

    private static WizardField prosecution(WizardField field) {
        return field.when(values -> values.is("purpose", Purpose.PROSECUTION.name()));
    }

    private static WizardField enforcement(WizardField field) {
        return field.when(values -> values.is("purpose", Purpose.ENFORCEMENT.name()));
    }

    /** A reciprocity undertaking applies where no treaty binds the states (S10 Art. 15). */
    private boolean withoutTreaty(DraftValues values) {
        return legalBases
                .find(values.get("legalBasisId"))
                .map(basis -> !basis.treatyExists())
                .orElse(false);
    }

    /** A death-penalty assurance applies where an offence or the sentence carries death (S1 Art. 4(d)). */
    private static boolean deathPossible(DraftValues values) {
        boolean offence = values.anyMatch(DEATH_PENALTY, PenaltyKind.DEATH.name());
        boolean sentence = values.is("purpose", Purpose.ENFORCEMENT.name())
                && values.is("judgment.sentenceImposed.kind", PenaltyKind.DEATH.name());
        return offence || sentence;
    }

    private List<Choice> legalBases(Actor actor, Locale locale) {
        return legalBases.all().stream()
                .map(basis -> new Choice(basis.id(), title(basis, locale)))
                .toList();
    }

    private static String title(LegalBasis basis, Locale locale) {
        return basis.title().in(locale);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<ExtraditionRequest> model() {
        return ExtraditionRequest.class;
    }

    @Override
    public List<WizardStep> steps() {
        return steps;
    }

    @Override
    public Map<String, String> initialValues(Actor actor) {
        // The drafter's state is the requesting state: the request is dated on its calendar.
        return Map.of("requestDate", clock.today(actor.jurisdiction()).toString());
    }

    @Override
    public Map<String, Choice> fixedValues(Actor actor, Locale locale) {
        String state = actor.jurisdiction();
        return Map.of("requestingState", new Choice(state, Choices.servedState(jurisdictions, state, locale)));
    }

    @Override
    public Findings validate(ExtraditionRequest request, Locale locale) {
        ValidationReport report = intake.validate(request, locale);
        return new Findings(report.errors(), report.warnings());
    }

    @Override
    public CaseFile submit(Actor actor, ExtraditionRequest request, String idempotencyKey, Locale locale) {
        return intake.submit(actor, idempotencyKey, request, locale).caseFile();
    }

    @Override
    public CaseFile amend(Actor actor, String caseId, ExtraditionRequest request, Locale locale) {
        return intake.amend(actor, caseId, request, locale);
    }

    /** The remaining sentence is typed in months and stored as a period ({@code P30M}). */
    @Override
    public void fromModel(Map<String, String> values) {
        values.computeIfPresent(
                "judgment.remainingSentence",
                (path, period) -> String.valueOf(java.time.Period.parse(period).toTotalMonths()));
    }

    @Override
    public String summary(DraftValues values, Locale locale) {
        String latin = values.find("person.nameInLatinScript").orElse("");
        String original = values.find("person.nameInOriginalScript").orElse("");
        String name = (latin + (original.isEmpty() ? "" : " " + original)).strip();
        String requested =
                values.find("requestedState").map(code -> " → " + code).orElse("");
        return (name.isEmpty() ? "—" : name) + requested;
    }
}

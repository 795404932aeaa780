package org.comity.web.wizard;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.casefile.CaseFile;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.law.PenaltyKind;
import org.comity.core.mla.MlaIntake;
import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaLegalBasis;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.mla.request.PersonRole;
import org.comity.core.mla.request.ProceedingType;
import org.comity.core.mla.request.SummonsCapacity;
import org.comity.core.person.IdentityDocumentType;
import org.comity.core.person.Sex;
import org.comity.core.validation.ValidationReport;
import org.comity.web.form.Choice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The request for mutual legal assistance, step by step, after the UNODC MLA Request Writer
 * (legal-domain.md §4.1 for the field set, §4.5 for "complete, right first time"): route and legal
 * basis, the assistance sought, the facts and offences, the persons concerned, then the review.
 * The requesting state is the officer's own. Validation and submission are {@link MlaIntake}'s,
 * exactly as for {@code POST /api/v1/mla-requests}, so a step is refused for the same reasons the
 * API refuses the request — e.g. a search without a summary of facts, while a request only to serve
 * documents needs none (UNCAC Art. 46(15)(c); legal-domain.md §10 item 17).
 * <p>
 * A summons has its court, date and capacity with the assistance sought, and its addressee with the
 * persons concerned, where the officer can see the list it refers to; each error stays with the
 * step that shows its field. A person's nationalities and identity documents are lists of their own,
 * each with an "add" button, up to the bounds the API enforces ({@link PersonConcerned}).
 */
@Component
class MlaWizard implements RequestWizard<MlaRequest> {

    static final String TYPE = "mla";

    /** The language of the request and of its translations: the two states' and English, the UN working language used between them. */
    static final List<String> LANGUAGES = List.of("zh", "my", "en");

    private static final String SUMMONS = "summonsIncluded";

    private final MlaIntake intake;
    private final MlaLegalBases legalBases;
    private final JurisdictionRegistry jurisdictions;
    private final List<WizardStep> steps;

    MlaWizard(MlaIntake intake, MlaLegalBases legalBases, JurisdictionRegistry jurisdictions, MessageSource messages) {
        this.intake = intake;
        this.legalBases = legalBases;
        this.jurisdictions = jurisdictions;
        this.steps = ModelPaths.resolve(MlaRequest.class, steps(messages));
    }

    private List<WizardStep> steps(MessageSource messages) {
        OptionSource languages = Choices.languages(LANGUAGES);
        return List.of(
                WizardStep.of(
                        "route",
                        List.of(
                                "requestingState",
                                "requestedState",
                                "legalBasisId",
                                "reciprocityUndertaking",
                                "proceedingType",
                                "caseReference",
                                "requestingAuthority"),
                        WizardField.choice("requestedState", Input.SELECT, Choices.requestedStates(jurisdictions)),
                        WizardField.choice("legalBasisId", Input.SELECT, this::legalBases),
                        WizardField.of("reciprocityUndertaking", Input.CHECKBOX),
                        WizardField.choice("proceedingType", Input.RADIO, Choices.of(ProceedingType.class)),
                        WizardField.of("caseReference", Input.TEXT).maxLength(100),
                        WizardField.of("requestingAuthority.name", Input.TEXT).maxLength(300),
                        WizardField.of("requestingAuthority.contactName", Input.TEXT),
                        WizardField.of("requestingAuthority.contactEmail", Input.TEXT),
                        WizardField.of("requestingAuthority.contactPhone", Input.TEXT)
                                .maxLength(30)
                                .pattern("\\+[0-9][0-9 ]{6,20}")),
                WizardStep.of(
                        "assistance",
                        List.of(
                                "assistanceTypes",
                                "assistanceSought",
                                "particularProcedure",
                                "purpose",
                                "relevance",
                                "directCollectionByRequestingOfficials",
                                "summons.capacity",
                                "summons.court",
                                "summons.hearingDate",
                                "deadline",
                                "urgencyReason",
                                "confidential",
                                "confidentialityReasons",
                                "language",
                                "translations"),
                        WizardField.choice("assistanceTypes", Input.CHOICES, Choices.of(AssistanceType.class))
                                .mustBeAnswered(),
                        WizardField.of("assistanceSought", Input.LONG_TEXT).maxLength(10_000),
                        WizardField.of("purpose", Input.LONG_TEXT),
                        WizardField.of("relevance", Input.LONG_TEXT),
                        WizardField.of("particularProcedure", Input.LONG_TEXT),
                        WizardField.of("directCollectionByRequestingOfficials", Input.CHECKBOX),
                        WizardField.question(SUMMONS, Input.CHECKBOX),
                        summons(WizardField.choice("summons.capacity", Input.RADIO, Choices.of(SummonsCapacity.class))),
                        summons(WizardField.of("summons.court", Input.TEXT).maxLength(300)),
                        summons(WizardField.of("summons.hearingDate", Input.DATE)),
                        WizardField.of("deadline", Input.DATE),
                        WizardField.of("urgencyReason", Input.LONG_TEXT),
                        WizardField.of("confidential", Input.CHECKBOX),
                        WizardField.of("confidentialityReasons", Input.LONG_TEXT),
                        WizardField.choice("language", Input.SELECT, languages),
                        WizardField.choice("translations", Input.CHOICES, languages)),
                WizardStep.of(
                        "facts",
                        List.of("factsSummary", "offences"),
                        WizardField.of("factsSummary", Input.LONG_TEXT).maxLength(10_000),
                        WizardRows.of(
                                "offences",
                                1,
                                20,
                                WizardField.of("description", Input.LONG_TEXT).maxLength(2000),
                                WizardField.of("legalProvision", Input.TEXT).maxLength(300),
                                WizardField.choice("maximumPenalty.kind", Input.RADIO, Choices.of(PenaltyKind.class)),
                                WizardField.of("maximumPenalty.months", Input.NUMBER)
                                        .range(1L, 1200L))),
                WizardStep.of(
                        "persons",
                        List.of("personsConcerned", "summons.addressee"),
                        WizardRows.of(
                                        "personsConcerned",
                                        0,
                                        50,
                                        WizardField.of("nameInOriginalScript", Input.TEXT),
                                        WizardField.of("nameInLatinScript", Input.TEXT)
                                                .pattern("[\\p{Script=Latin}\\p{M}][\\p{Script=Latin}\\p{M} .'\\-]*"),
                                        WizardField.choice("role", Input.SELECT, Choices.of(PersonRole.class)),
                                        WizardField.choice("sex", Input.RADIO, Choices.of(Sex.class)),
                                        WizardField.of("dateOfBirth", Input.DATE)
                                                .notAfterToday(),
                                        WizardField.of("location", Input.TEXT).maxLength(500))
                                .withLists(
                                        WizardRows.of(
                                                "nationalities",
                                                2,
                                                PersonConcerned.MAX_NATIONALITIES,
                                                WizardField.choice("", Input.SELECT, Choices.nationalities(messages))),
                                        WizardRows.of(
                                                "identityDocuments",
                                                1,
                                                PersonConcerned.MAX_IDENTITY_DOCUMENTS,
                                                WizardField.choice(
                                                        "type", Input.SELECT, Choices.of(IdentityDocumentType.class)),
                                                WizardField.of("number", Input.TEXT)
                                                        .maxLength(30)
                                                        .pattern("[A-Z0-9][A-Z0-9\\/\\(\\)\\-]{0,29}"),
                                                WizardField.choice(
                                                        "issuingState",
                                                        Input.SELECT,
                                                        (actor, locale) -> Choices.countries(locale)))),
                        summons(WizardField.of("summons.addressee", Input.NUMBER)
                                .range(1L, 50L))));
    }

    /** The summons' fields apply once the officer says the request includes one (ICJA Art. 22). */
    private static WizardField summons(WizardField field) {
        return field.when(values -> values.is(SUMMONS, "true"));
    }

    private List<Choice> legalBases(Actor actor, Locale locale) {
        return legalBases.all().stream()
                .map(basis -> new Choice(basis.id(), title(basis, locale)))
                .toList();
    }

    private static String title(MlaLegalBasis basis, Locale locale) {
        return basis.title().in(locale);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<MlaRequest> model() {
        return MlaRequest.class;
    }

    @Override
    public List<WizardStep> steps() {
        return steps;
    }

    /** A request is written in the requesting state's own language unless the officer says otherwise. */
    @Override
    public Map<String, String> initialValues(Actor actor) {
        Map<String, String> values = new HashMap<>();
        // Configured as document languages ("zh-Hans"); the request names the language itself ("zh").
        jurisdictions
                .find(actor.jurisdiction())
                .flatMap(j -> j.languages().stream().findFirst())
                .map(tag -> tag.split("-", 2)[0])
                .filter(LANGUAGES::contains)
                .ifPresent(language -> values.put("language", language));
        return values;
    }

    @Override
    public Map<String, Choice> fixedValues(Actor actor, Locale locale) {
        String state = actor.jurisdiction();
        return Map.of("requestingState", new Choice(state, Choices.servedState(jurisdictions, state, locale)));
    }

    @Override
    public Findings validate(MlaRequest request, Locale locale) {
        ValidationReport report = intake.validate(request, locale);
        return new Findings(report.errors(), report.warnings());
    }

    @Override
    public CaseFile submit(Actor actor, MlaRequest request, String idempotencyKey, Locale locale) {
        return intake.submit(actor, idempotencyKey, request, locale).caseFile();
    }

    @Override
    public CaseFile amend(Actor actor, String caseId, MlaRequest request, Locale locale) {
        return intake.amend(actor, caseId, request, locale);
    }

    /** A stored request with a summons was drafted with the summons question answered yes. */
    @Override
    public void fromModel(Map<String, String> values) {
        if (values.keySet().stream().anyMatch(path -> path.startsWith("summons."))) {
            values.put(SUMMONS, "true");
        }
    }

    /** The case reference, the first person and the requested state: what the officer knows the request by. */
    @Override
    public String summary(DraftValues values, Locale locale) {
        String latin = values.find("personsConcerned[0].nameInLatinScript").orElse("");
        String original =
                values.find("personsConcerned[0].nameInOriginalScript").orElse("");
        String name = (latin + " " + original).strip();
        String reference = values.find("caseReference").orElse("—");
        String requested =
                values.find("requestedState").map(code -> " → " + code).orElse("");
        return reference + (name.isEmpty() ? "" : " · " + name) + requested;
    }
}

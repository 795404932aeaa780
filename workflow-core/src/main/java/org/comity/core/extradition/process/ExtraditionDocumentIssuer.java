package org.comity.core.extradition.process;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.document.BilingualText;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.Officer;
import org.comity.core.document.PersonName;
import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.core.document.SupplementaryInformationRequest;
import org.comity.core.document.SurrenderRecord;
import org.comity.core.extradition.legalbasis.LegalBasisRegistry;
import org.comity.core.extradition.process.ExtraditionDocumentService.Sources;
import org.comity.core.extradition.process.ExtraditionProcesses.Requested;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.extradition.speciality.SpecialityRegister;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.law.Penalty;
import org.springframework.stereotype.Component;

/**
 * The document steps of both sides: the extradition request, the request for supplementary
 * information, the surrender record and the release notice (legal-domain.md §2.8); the surrender also
 * opens the person's speciality register ({@link SpecialityRegister}). Which document
 * a step issues is decided by the step's id; the content comes from the stored request and the
 * officers' form entries.
 */
@Component("extraditionDocuments")
class ExtraditionDocumentIssuer implements JavaDelegate {

    private final ExtraditionDocumentService documents;
    private final LegalBasisRegistry legalBases;
    private final JurisdictionRegistry jurisdictions;
    private final SpecialityRegister speciality;

    ExtraditionDocumentIssuer(ExtraditionDocumentService documents, LegalBasisRegistry legalBases,
            JurisdictionRegistry jurisdictions, SpecialityRegister speciality) {
        this.documents = documents;
        this.legalBases = legalBases;
        this.jurisdictions = jurisdictions;
        this.speciality = speciality;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Sources sources = documents.sources(execution.getBusinessKey());
        String requesting = (String) execution.getVariable(REQUESTING_STATE);
        String requested = (String) execution.getVariable(REQUESTED_STATE);
        switch (execution.getCurrentActivityId()) {
            case Requesting.ISSUE_REQUEST -> documents.issue(sources, request(sources), requesting, requested,
                    ExtraditionStatus.REQUEST_SENT);
            case Requested.REQUEST_SUPPLEMENTARY -> documents.issue(sources, supplementary(sources, execution),
                    requested, requesting, ExtraditionStatus.SUPPLEMENTARY_REQUESTED);
            // the end events that follow these two close the case (ExtraditionCaseStatus)
            case Requested.ISSUE_SURRENDER_RECORD -> {
                SurrenderRecord record = surrender(sources, requested, requesting);
                documents.issue(sources, record, requested, requesting, null);
                speciality.recordSurrender(sources.caseFile().id(), record.surrenderedAt().toLocalDate());
            }
            case Requested.ISSUE_RELEASE_NOTICE -> documents.issue(sources, release(sources, execution, requested),
                    requested, requesting, null);
            default -> throw new IllegalStateException("No document is issued at " + execution.getCurrentActivityId());
        }
    }

    private DocumentContent request(Sources sources) {
        ExtraditionRequest request = sources.request();
        var basis = legalBases.get(request.legalBasisId());
        List<org.comity.core.document.ExtraditionRequest.Offence> offences = request.offences().stream()
                .map(o -> new org.comity.core.document.ExtraditionRequest.Offence(
                        BilingualText.of(o.description(), o.description()), o.provisionInRequestingLaw(),
                        penalty(o.maximumPenalty())))
                .toList();
        return new org.comity.core.document.ExtraditionRequest(sources.subject(),
                request.purpose() == Purpose.PROSECUTION ? BilingualText.of("Prosecution", "追究刑事责任")
                        : BilingualText.of("Enforcement of a sentence", "执行刑罚"),
                BilingualText.of(basis.titleEn(), basis.titleZh()),
                request.warrant() == null ? null : request.warrant().reference(), offences,
                BilingualText.of(request.factsSummary(), request.factsSummary()), assurances(request));
    }

    private static List<BilingualText> assurances(ExtraditionRequest request) {
        var given = request.undertakings();
        List<BilingualText> texts = new java.util.ArrayList<>();
        if (given.speciality()) {
            texts.add(BilingualText.of("Speciality: no proceedings for other offences committed before surrender",
                    "特定性：不对引渡前的其他犯罪追究刑事责任"));
        }
        if (given.noReExtradition()) {
            texts.add(BilingualText.of("No re-extradition to a third state", "不将被引渡人再引渡给第三国"));
        }
        if (given.reciprocity()) {
            texts.add(BilingualText.of("Reciprocity", "互惠"));
        }
        if (given.retrialIfInAbsentia()) {
            texts.add(BilingualText.of("Retrial in the person's presence", "在被请求引渡人在场的情况下重新审判"));
        }
        if (given.deathPenaltyAssurance()) {
            texts.add(BilingualText.of("The death penalty will not be imposed or carried out", "不判处或不执行死刑"));
        }
        return texts;
    }

    private static BilingualText penalty(Penalty penalty) {
        return switch (penalty.kind()) {
            case LIFE -> BilingualText.of("Life imprisonment", "无期徒刑");
            case DEATH -> BilingualText.of("Death", "死刑");
            case TERM -> BilingualText.of(penalty.months() + " months' imprisonment", "有期徒刑" + penalty.months() + "个月");
        };
    }

    private static DocumentContent supplementary(Sources sources, DelegateExecution execution) {
        String missing = (String) sources.submission(Requested.CHECK_COMPLETENESS).getOrDefault("missingItems", "");
        LocalDate lastDay = OffsetDateTime.parse((String) execution.getVariable(SUPPLEMENTARY_EXPIRES_AT))
                .toLocalDate().minusDays(1);
        return new SupplementaryInformationRequest(sources.subject(), sources.caseFile().reference(),
                lines(missing).stream().map(line -> BilingualText.of(line, line)).toList(), lastDay,
                BilingualText.of("If the information is not received by this date the case is terminated; "
                        + "a new request for the same offence remains possible.",
                        "逾期未提供补充材料的，终止该引渡案件；请求国可以就同一犯罪再次提出引渡请求。"));
    }

    private SurrenderRecord surrender(Sources sources, String requested, String requesting) {
        Map<String, Object> agreed = sources.submission(Requested.AGREE_SURRENDER);
        Map<String, Object> executed = sources.submission(Requested.EXECUTE_SURRENDER);
        String place = (String) agreed.getOrDefault("place", "");
        Object at = executed.get("surrenderedAt");
        ZoneId zone = jurisdictions.require(requested).zone();
        ZonedDateTime surrenderedAt = at == null ? now(zone) : OffsetDateTime.parse(at.toString()).atZoneSameInstant(zone);
        return new SurrenderRecord(sources.subject(), BilingualText.of(place, place), surrenderedAt,
                officers((String) executed.get("deliveringOfficers"), jurisdictions.require(requested).nameEn()),
                officers((String) executed.get("receivingOfficers"), jurisdictions.require(requesting).nameEn()),
                lines((String) executed.get("propertyHandedOver")).stream().map(p -> BilingualText.of(p, p)).toList());
    }

    private DocumentContent release(Sources sources, DelegateExecution execution, String requested) {
        ZoneId zone = jurisdictions.require(requested).zone();
        Object releasedValue = sources.submission(Requested.RELEASE_PERSON).get("releasedAt");
        ZonedDateTime releasedAt = releasedValue == null ? now(zone)
                : OffsetDateTime.parse(releasedValue.toString()).atZoneSameInstant(zone);
        boolean abandoned = Boolean.TRUE.equals(execution.getVariable(EXTRADITION_GRANTED));
        String arrestedOn = (String) execution.getVariable(PROVISIONAL_ARREST_STARTED_ON);
        ZonedDateTime arrestedAt = arrestedOn == null ? releasedAt : LocalDate.parse(arrestedOn).atStartOfDay(zone);
        BilingualText ground = abandoned
                ? BilingualText.of("The requesting state did not take the person over within the period after the "
                        + "agreed date; the surrender is deemed abandoned.", "请求国在商定日期后的期限内未接收被引渡人，视为放弃引渡。")
                : BilingualText.of("The formal request for extradition was not received within the period after the "
                        + "provisional arrest.", "引渡拘留后在规定期限内未收到正式引渡请求。");
        int days = (int) ChronoUnit.DAYS.between(arrestedAt.toLocalDate(), releasedAt.toLocalDate());
        return new ProvisionalArrestReleaseNotice(sources.subject(), arrestedAt, releasedAt, days, ground);
    }

    private static List<Officer> officers(String names, String agency) {
        return lines(names == null ? "" : names.replace(',', '\n')).stream()
                .map(name -> new Officer(new PersonName(name, name), agency, "-")).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static ZonedDateTime now(ZoneId zone) {
        return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }
}

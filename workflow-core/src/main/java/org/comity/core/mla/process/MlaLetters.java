package org.comity.core.mla.process;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.BilingualText;
import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.PersonName;
import org.comity.core.document.Subject;
import org.comity.core.law.Penalty;
import org.comity.core.mla.legalbasis.MlaLegalBasis;
import org.comity.core.mla.legalbasis.MlaLegalBases;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.Offence;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.validation.Texts;

/**
 * Writes the letter of request from a stored request, in the order UNTOC Art. 18(15) and ICJA Art.
 * 13 list its contents (legal-domain.md §4.1): authority and contact, proceedings with the case
 * reference and legal basis, facts (or why none are needed), offences with provisions and
 * penalties, each kind of assistance and the detail, procedure, summons, persons, purpose,
 * relevance, deadline with its reason, confidentiality and languages. Free text the requesting
 * state wrote appears as written in both columns.
 */
final class MlaLetters {

    private final MlaLegalBases legalBases;

    MlaLetters(MlaLegalBases legalBases) {
        this.legalBases = legalBases;
    }

    MlaLetterOfRequest letter(MlaRequest request) {
        MlaLegalBasis basis = legalBases.get(request.legalBasisId());
        var authority = request.requestingAuthority();
        String contact = authority.name() + "; contact: " + authority.contactName() + ", " + authority.contactEmail()
                + (authority.contactPhone() == null ? "" : ", " + authority.contactPhone());
        BilingualText proceeding = BilingualText.of(
                request.proceedingType().labelEn() + ", case " + request.caseReference() + "; legal basis: "
                        + basis.titleEn() + (request.reciprocityUndertaking() ? "; reciprocity is undertaken" : ""),
                request.proceedingType().labelZh() + "，案件编号 " + request.caseReference() + "；法律依据："
                        + basis.titleZh() + (request.reciprocityUndertaking() ? "；请求国承诺互惠" : ""));
        BilingualText facts = Texts.blank(request.factsSummary())
                ? BilingualText.of("Not required: the request is for service of documents only (UNCAC Art. 46(15)(c)).",
                        "仅请求送达文书，无需提供案件事实摘要。")
                : same(request.factsSummary());
        return new MlaLetterOfRequest(same(contact), proceeding, facts, offences(request), assistance(request),
                request.personsConcerned().stream().map(MlaLetters::subject).toList(), same(request.purpose()),
                same(request.relevance() == null ? "" : request.relevance()), request.deadline(),
                request.confidential());
    }

    private static BilingualText offences(MlaRequest request) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Offence offence : request.offences()) {
            en.add(offence.legalProvision() + ": " + offence.description() + " (maximum " + penaltyEn(offence.maximumPenalty()) + ")");
            zh.add(offence.legalProvision() + "：" + offence.description() + "（法定最高刑：" + penaltyZh(offence.maximumPenalty()) + "）");
        }
        return BilingualText.of(String.join("\n", en), String.join("\n", zh));
    }

    private static List<BilingualText> assistance(MlaRequest request) {
        List<BilingualText> items = new ArrayList<>();
        request.assistanceTypes().forEach(type -> items.add(BilingualText.of(type.labelEn(), type.labelZh())));
        items.add(same(request.assistanceSought()));
        if (!Texts.blank(request.particularProcedure())) {
            items.add(BilingualText.of("Procedure requested: " + request.particularProcedure(),
                    "请求适用的特殊程序：" + request.particularProcedure()));
        }
        if (request.summons() != null) {
            var summons = request.summons();
            String name = request.summonsAddressee().map(PersonConcerned::nameInLatinScript).orElse("-");
            items.add(BilingualText.of("Serve the summons on " + name + " to appear as " + summons.capacity().labelEn()
                    .toLowerCase() + " before " + summons.court() + " on " + summons.hearingDate(),
                    "向 " + name + " 送达出庭传票，以" + summons.capacity().labelZh() + "身份于 " + summons.hearingDate()
                            + " 到 " + summons.court() + " 出庭"));
        }
        if (!Texts.blank(request.urgencyReason())) {
            items.add(BilingualText.of("Reason for urgency: " + request.urgencyReason(), "紧急理由：" + request.urgencyReason()));
        }
        if (request.confidential()) {
            items.add(BilingualText.of("Keep confidential: " + request.confidentialityReasons(),
                    "请予保密：" + request.confidentialityReasons()));
        }
        items.add(BilingualText.of("Language: " + request.language() + translationsEn(request),
                "语言：" + request.language() + translationsZh(request)));
        return items;
    }

    private static String translationsEn(MlaRequest request) {
        return request.translations().isEmpty() ? "" : "; translations: " + String.join(", ", request.translations());
    }

    private static String translationsZh(MlaRequest request) {
        return request.translations().isEmpty() ? "" : "；译文：" + String.join("、", request.translations());
    }

    static Subject subject(PersonConcerned person) {
        String original = Texts.blank(person.nameInOriginalScript()) ? person.nameInLatinScript()
                : person.nameInOriginalScript();
        String sex = person.sex() == null ? "X" : switch (person.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            default -> "X";
        };
        return new Subject(new PersonName(original, person.nameInLatinScript()), sex, person.dateOfBirth(),
                String.join(", ", person.nationalities()) + " (" + person.role().labelEn() + " / "
                        + person.role().labelZh() + ")", null);
    }

    private static String penaltyEn(Penalty penalty) {
        return switch (penalty.kind()) {
            case LIFE -> "life imprisonment";
            case DEATH -> "death";
            case TERM -> penalty.months() + " months' imprisonment";
        };
    }

    private static String penaltyZh(Penalty penalty) {
        return switch (penalty.kind()) {
            case LIFE -> "无期徒刑";
            case DEATH -> "死刑";
            case TERM -> "有期徒刑" + penalty.months() + "个月";
        };
    }

    private static BilingualText same(String text) {
        return BilingualText.of(text, text);
    }
}

package org.comity.documents.templates;

import java.util.stream.Collectors;

import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.Subject;
import org.comity.documents.layout.DocumentComposer;

/**
 * Letter of request for mutual legal assistance with the harmonised contents of legal-domain.md
 * §4.1 (UNTOC 18(15), UNCAC 46(15), ICJA Art. 13), in the order those provisions list them. A
 * confidential request opens with the request for confidentiality and its reasons (UNTOC 18(20));
 * the page header repeats the marking on every page.
 */
final class MlaLetterOfRequestTemplate implements Template<MlaLetterOfRequest> {

	@Override
	public Class<MlaLetterOfRequest> contentType() {
		return MlaLetterOfRequest.class;
	}

	@Override
	public void write(MlaLetterOfRequest request, DocumentComposer composer) {
		if (request.confidentiality() != null) {
			composer.paragraph("CONFIDENTIAL: the requesting state asks that the fact and substance of this request be "
					+ "kept confidential (UNTOC Art. 18(20)); if this cannot be done, please inform it promptly.\n"
					+ "机密：请求国请求对本请求的事实及内容予以保密；如无法保密，请及时告知请求国。");
			composer.field("Reasons for confidentiality", "保密理由", Wording.written(request.confidentiality().reasons()));
		}
		authorityAndProceedings(request, composer);
		composer.heading("2. Summary of facts", "案件事实摘要");
		composer.paragraph(request.factsSummary() == null
				? "Not required: the request is for service of documents only (UNCAC Art. 46(15)(c)).\n"
						+ "仅请求送达文书，无需提供案件事实摘要。"
				: Wording.written(request.factsSummary()));
		composer.heading("3. Offences and applicable law", "所涉犯罪及适用的法律规定");
		int number = 1;
		for (MlaLetterOfRequest.Offence offence : request.offences()) {
			composer.field("Offence " + number, "犯罪 " + number++, Wording.written(offence.description()));
			composer.field("Legal provision", "法律规定", Wording.written(offence.legalProvision()));
			composer.field("Maximum penalty", "法定最高刑", Wording.both(offence.maximumPenalty()));
		}
		assistance(request.assistance(), composer);
		composer.heading("5. Purpose, relevance and time limit", "请求目的、关联及期限");
		composer.field("Purpose", "请求目的", Wording.written(request.purpose()));
		composer.field("Relevance to the case", "与案件的关联", Wording.written(request.relevance()));
		composer.field("Desired time limit", "希望完成的期限", Wording.date(request.deadline()));
		composer.field("Reason for urgency", "紧急理由", Wording.written(request.urgencyReason()));
		composer.field("Confidentiality requested", "是否要求保密", Wording.yesNo(request.confidential()));
		composer.field("Language of the request", "请求书语言", request.languages().writtenIn());
		composer.field("Translations attached", "所附译文", request.languages().translations().isEmpty() ? "None / 无"
				: String.join(", ", request.languages().translations()));
		int person = 1;
		for (Subject subject : request.personsConcerned()) {
			SubjectSection.write("6." + person++ + " Person concerned", "涉案人员", subject, composer);
		}
	}

	private static void authorityAndProceedings(MlaLetterOfRequest request, DocumentComposer composer) {
		MlaLetterOfRequest.RequestingAuthority authority = request.requestingAuthority();
		MlaLetterOfRequest.Proceedings proceedings = request.proceedings();
		composer.heading("1. Requesting authority and proceedings", "请求机关及诉讼情况");
		composer.field("Requesting authority", "请求机关", Wording.written(authority.name()));
		composer.field("Contact officer", "联系人", Wording.written(authority.contactName()));
		composer.field("Contact e-mail", "联系电子邮箱", authority.contactEmail());
		composer.field("Contact telephone", "联系电话", authority.contactPhone() == null ? "—" : authority.contactPhone());
		composer.field("Stage of proceedings", "诉讼阶段", Wording.both(proceedings.stage()));
		composer.field("Case reference", "请求国案件编号", proceedings.caseReference());
		composer.field("Legal basis", "法律依据", Wording.both(proceedings.legalBasis()));
		composer.field("Reciprocity undertaken", "承诺互惠", Wording.yesNo(proceedings.reciprocityUndertaken()));
	}

	private static void assistance(MlaLetterOfRequest.Assistance assistance, DocumentComposer composer) {
		composer.heading("4. Assistance sought", "请求协助事项");
		composer.field("Kinds of assistance", "协助类型",
				assistance.types().stream().map(Wording::inline).collect(Collectors.joining("\n")));
		composer.field("Assistance in detail", "具体事项", Wording.written(assistance.detail()));
		composer.field("Particular procedure", "特殊程序要求", Wording.written(assistance.particularProcedure()));
		if (assistance.summons() != null) {
			MlaLetterOfRequest.Summons summons = assistance.summons();
			composer.field("Summons: addressee", "传票受送达人", Wording.name(summons.addressee()));
			composer.field("Summons: capacity", "出庭身份", Wording.inline(summons.capacity()));
			composer.field("Summons: court", "传票法院", Wording.written(summons.court()));
			composer.field("Summons: hearing date", "开庭日期", Wording.date(summons.hearingDate()));
		}
		composer.field("Evidence taken by own officials", "自行取证",
				Wording.yesNo(assistance.collectionByRequestingOfficials()));
	}


}

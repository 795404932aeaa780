package org.comity.documents.templates;

import org.comity.core.document.ExtraditionRequest;
import org.comity.documents.layout.DocumentComposer;

/**
 * Extradition request letter (引渡请求书), with the contents legal-domain.md §2.7 requires:
 * the person, purpose, urgency, channel and legal basis, the warrant (prosecution) or the judgment
 * (enforcement) it rests on, the offences with the provisions of both states' laws, dates, places
 * and penalties, the facts, and each undertaking (speciality, liability, reciprocity; §2.6.3).
 */
final class ExtraditionRequestTemplate implements Template<ExtraditionRequest> {

	@Override
	public Class<ExtraditionRequest> contentType() {
		return ExtraditionRequest.class;
	}

	@Override
	public void write(ExtraditionRequest request, DocumentComposer composer) {
		composer.paragraph("The requesting state requests the extradition of the person named below for the purpose "
				+ "stated, in accordance with the legal basis cited.\n请求方依据下列法律依据，请求引渡下列人员。");
		SubjectSection.write("1. Person sought", "被请求引渡人", request.person(), composer);
		composer.heading("2. Purpose and legal basis", "请求目的及法律依据");
		composer.field("Purpose", "请求目的", Wording.both(request.purpose()));
		composer.field("Urgency", "紧急程度", Wording.both(request.urgency()));
		composer.field("Channel", "转递途径", Wording.both(request.channel()));
		composer.field("Legal basis", "法律依据", Wording.both(request.legalBasis()));
		composer.field("Date of the request", "请求日期", Wording.date(request.requestDate()));
		if (request.warrant() != null) {
			warrant(request.warrant(), composer);
		}
		if (request.judgment() != null) {
			judgment(request.judgment(), composer);
		}
		composer.heading("4. Offences", "犯罪行为");
		int number = 1;
		for (ExtraditionRequest.Offence offence : request.offences()) {
			offence(number++, offence, composer);
		}
		composer.heading("5. Summary of facts", "案件事实摘要");
		composer.paragraph(Wording.written(request.factsSummary()));
		composer.heading("6. Undertakings", "保证事项");
		int item = 1;
		for (ExtraditionRequest.Undertaking undertaking : request.undertakings()) {
			composer.field("Undertaking " + item, "保证 " + item++, Wording.both(undertaking.wording()) + "\n"
					+ (undertaking.given() ? "Given / 已作出" : "Not given / 未作出"));
		}
	}

	private static void warrant(ExtraditionRequest.Warrant warrant, DocumentComposer composer) {
		composer.heading("3. Arrest warrant", "逮捕证");
		composer.field("Issuing authority", "签发机关", Wording.written(warrant.issuingAuthority()));
		composer.field("Date of issue", "签发日期", Wording.date(warrant.date()));
		composer.field("Reference", "编号", warrant.reference());
	}

	private static void judgment(ExtraditionRequest.Judgment judgment, DocumentComposer composer) {
		composer.heading("3. Judgment to be enforced", "据以执行的判决");
		composer.field("Court", "作出判决的法院", Wording.written(judgment.court()));
		composer.field("Date of judgment", "判决日期", Wording.date(judgment.date()));
		composer.field("Final and enforceable", "已发生法律效力", Wording.yesNo(judgment.finalJudgment()));
		composer.field("Given in absentia", "缺席判决", Wording.yesNo(judgment.inAbsentia()));
		composer.field("Sentence imposed", "判处刑罚", Wording.both(judgment.sentenceImposed()));
		composer.field("Remaining sentence", "尚未执行的刑期",
				judgment.remainingSentence() == null ? "Not applicable (life or death) / 不适用（无期徒刑或死刑）"
						: Wording.both(judgment.remainingSentence()));
	}

	private static void offence(int number, ExtraditionRequest.Offence offence, DocumentComposer composer) {
		composer.field("Offence " + number, "罪名 " + number, Wording.written(offence.description()));
		composer.field("Provision (requesting state)", "法律条文（请求国）", Wording.written(offence.provisionInRequestingLaw()));
		composer.field("Provision (requested state)", "法律条文（被请求国）", offence.provisionInRequestedLaw() == null
				? "To be assessed by the requested state / 由被请求国认定" : Wording.written(offence.provisionInRequestedLaw()));
		composer.field("Committed", "犯罪时间", offence.dateFrom().equals(offence.dateTo()) ? Wording.date(offence.dateFrom())
				: Wording.date(offence.dateFrom()) + " – " + Wording.date(offence.dateTo()));
		composer.field("Place", "犯罪地点", Wording.written(offence.place()));
		composer.field("Maximum penalty", "最高刑罚", Wording.both(offence.maximumPenalty()));
	}

}

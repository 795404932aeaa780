package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.DocumentType;
import org.comity.core.document.Signatory;
import org.comity.documents.integrity.ContentDigest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Signature;
import org.comity.documents.layout.Verification;

/**
 * What every document has around its body: the title and the parties and date at the top, the
 * signatures and the verification block at the end.
 */
public final class Frame {

	private Frame() {
	}

	/**
	 * Writes a whole document: opening, the type's body, and the closing (signatures and
	 * verification, kept on the page with the body's last lines).
	 *
	 * @param address the public verification page for this document, which the QR code encodes
	 */
	public static void write(DocumentRequest request, ContentDigest digest, String address,
			DocumentComposer composer) {
		opening(request.header(), request.type(), composer);
		Templates.writeBody(request.content(), composer);
		composer.closing(signatures(request.header()), new Verification(digest.documentId().toString(),
				digest.verificationCode(), digest.hex(), address,
				"Scan the QR code or enter the verification code at this address: Comity answers whether it issued "
						+ "this document, when, by which authority, the SHA-256 of its content (template "
						+ Templates.VERSION + " and the data it was issued from) and whether it was superseded. "
						+ "扫描二维码或在上述网址输入验证码，即可查询本文件是否由本系统签发、签发时间与机关、内容SHA-256摘要及是否已被取代。"));
	}

	public static String title(DocumentType type) {
		return type.englishTitle() + " / " + type.chineseTitle();
	}

	private static void opening(DocumentHeader header, DocumentType type, DocumentComposer composer) {
		composer.title(type.englishTitle(), type.chineseTitle());
		composer.field("Case reference", "案件编号", header.caseReference());
		composer.field("Issued at", "签发时间", Wording.dateTime(header.issuedAt()));
		composer.field("Issuing state", "发文国", header.issuing().englishName() + " (" + header.issuing().code()
				+ ")\n" + header.issuing().localName());
		composer.field("Addressed to", "收文国", header.receiving().englishName() + " (" + header.receiving().code()
				+ ")\n" + header.receiving().localName());
	}

	private static List<Signature> signatures(DocumentHeader header) {
		List<Signature> signatures = new ArrayList<>();
		for (Signatory signatory : header.signatories()) {
			signatures.add(new Signature(Wording.inline(signatory.act()),
					signatory.name() == null ? null : Wording.name(signatory.name()),
					signatory.title() == null ? null : Wording.inline(signatory.title()),
					Wording.inline(signatory.authority()),
					signatory.place() == null ? null : Wording.inline(signatory.place()),
					Wording.date(signatory.date() == null ? header.issuedAt().toLocalDate() : signatory.date())));
		}
		return signatures;
	}

}

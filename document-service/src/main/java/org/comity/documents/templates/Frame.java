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

	/** Writes a whole document: opening, the type's body, signatures, verification. */
	public static void write(DocumentRequest request, ContentDigest digest, DocumentComposer composer) {
		opening(request.header(), request.type(), composer);
		Templates.writeBody(request.content(), composer);
		composer.signatures(signatures(request.header()));
		composer.verification(new Verification(digest.documentId().toString(), digest.verificationCode(),
				digest.hex(), "The QR code carries the document ID and the SHA-256 of the document's content (template "
						+ Templates.VERSION + " and the data it was issued from); Comity recomputes it on verification. "
						+ "二维码载有文件编号及文件内容（模板版本与签发数据）的SHA-256摘要，核验时由系统重新计算比对。"));
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
		String date = header.issuedAt().toLocalDate().toString();
		for (Signatory signatory : header.signatories()) {
			signatures.add(new Signature(Wording.name(signatory.name()), Wording.inline(signatory.capacity()),
					Wording.inline(signatory.authority()), date));
		}
		return signatures;
	}

}

package org.comity.documents.templates;

import java.util.stream.Collectors;

import org.comity.core.document.Subject;
import org.comity.documents.layout.DocumentComposer;

/**
 * The identity block of the person a document concerns; the same on every document so that
 * officers find the name, aliases, date of birth and identity documents in the same place. Every
 * fact given is printed; a fact not given reads "Not stated" rather than disappearing.
 */
final class SubjectSection {

	private SubjectSection() {
	}

	static void write(String english, String chinese, Subject person, DocumentComposer composer) {
		composer.heading(english, chinese);
		composer.field("Name (original script)", "姓名（原文）", person.name().original());
		composer.field("Name (Latin script)", "姓名（拉丁字母）", person.name().latin());
		if (!person.aliases().isEmpty()) {
			composer.field("Also known as", "别名", String.join("\n", person.aliases()));
		}
		if (person.role() != null) {
			composer.field("Role", "涉案身份", Wording.inline(person.role()));
		}
		composer.field("Sex", "性别", Wording.sex(person.sex()));
		composer.field("Date of birth", "出生日期",
				person.dateOfBirth() == null ? "Not stated / 未说明" : Wording.date(person.dateOfBirth()));
		composer.field("Nationality", "国籍",
				Wording.states(person.nationalities()));
		composer.field("Identity documents", "身份证件", person.identityDocuments().isEmpty() ? "None stated / 未提供"
				: person.identityDocuments().stream().map(Wording::identityDocument).collect(Collectors.joining("\n")));
		if (person.location() != null) {
			composer.field("Last known location", "最后已知下落", Wording.written(person.location()));
		}
	}

}

package org.comity.documents.templates;

import org.comity.core.document.Subject;
import org.comity.documents.layout.DocumentComposer;

/**
 * The identity block of the person a document concerns; the same on every document so that
 * officers find the name, date of birth and travel document in the same place.
 */
final class SubjectSection {

	private SubjectSection() {
	}

	static void write(String english, String chinese, Subject person, DocumentComposer composer) {
		composer.heading(english, chinese);
		composer.field("Name (original script)", "姓名（原文）", person.name().original());
		composer.field("Name (Latin script)", "姓名（拉丁字母）", person.name().latin());
		composer.field("Sex", "性别", Wording.sex(person.sex()));
		composer.field("Date of birth", "出生日期", Wording.date(person.dateOfBirth()));
		composer.field("Nationality", "国籍", person.nationality());
		composer.field("Travel document", "旅行证件", Wording.travelDocument(person.travelDocument()));
	}

}

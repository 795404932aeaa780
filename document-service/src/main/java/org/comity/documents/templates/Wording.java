package org.comity.documents.templates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.comity.core.document.BilingualText;
import org.comity.core.document.PersonName;
import org.comity.core.document.TravelDocument;

/**
 * How values are printed. Dates and times are printed in the zone they were recorded in, with the
 * offset and zone name, because a handover time in Yangon and a decision time in Beijing must both
 * be read without conversion.
 */
final class Wording {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private Wording() {
	}

	static String dateTime(ZonedDateTime value) {
		String offset = value.getOffset().getId().equals("Z") ? "+00:00" : value.getOffset().getId();
		return value.format(DATE_TIME) + " (UTC" + offset + ", " + value.getZone().getId() + ")";
	}

	static String date(LocalDate value) {
		return value == null ? "—" : value + " (" + value.format(CHINESE_DATE) + ")";
	}

	static String both(BilingualText text) {
		return text.english() + "\n" + text.translation();
	}

	static String inline(BilingualText text) {
		return text.english() + " / " + text.translation();
	}

	static String name(PersonName name) {
		return name.original().equals(name.latin()) ? name.latin() : name.original() + " (" + name.latin() + ")";
	}

	static String sex(String sex) {
		return switch (sex) {
			case "M" -> "Male / 男";
			case "F" -> "Female / 女";
			default -> "Not stated / 未说明";
		};
	}

	static String travelDocument(TravelDocument document) {
		if (document == null || document.kind() == TravelDocument.Kind.NONE) {
			return "None / 无";
		}
		String kind = switch (document.kind()) {
			case PASSPORT -> "Passport / 护照";
			case EMERGENCY_TRAVEL_DOC -> "Emergency travel document / 旅行证";
			case LAISSEZ_PASSER -> "Laissez-passer / 通行证";
			case NONE -> "None / 无";
		};
		return kind + " " + document.number();
	}

	/** Short form for table cells: kind abbreviated in both languages, then the number. */
	static String travelDocumentShort(TravelDocument document) {
		if (document == null || document.kind() == TravelDocument.Kind.NONE) {
			return "None 无";
		}
		String kind = switch (document.kind()) {
			case PASSPORT -> "PP 护照";
			case EMERGENCY_TRAVEL_DOC -> "ETD 旅行证";
			case LAISSEZ_PASSER -> "LP 通行证";
			case NONE -> "None 无";
		};
		return kind + " " + document.number();
	}

	static String yesNo(boolean value) {
		return value ? "Yes / 是" : "No / 否";
	}

}

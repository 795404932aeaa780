package org.comity.documents.templates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.comity.core.document.FreeText;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.PersonName;
import org.comity.core.document.Subject;
import org.comity.core.document.TravelDocument;
import org.comity.core.document.Transport;

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

	/** A zone by its id and its offset now-independent name, e.g. "Asia/Yangon (Myanmar Time / 缅甸时间)". */
	static String zone(java.time.ZoneId zone) {
		if (zone instanceof java.time.ZoneOffset offset) {
			return "UTC" + (offset.getId().equals("Z") ? "" : offset.getId()) + " (Coordinated Universal Time / 协调世界时)";
		}
		return zone.getId() + " (" + zone.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " / "
				+ zone.getDisplayName(java.time.format.TextStyle.FULL, Locale.SIMPLIFIED_CHINESE) + ")";
	}

	static String date(LocalDate value) {
		return value == null ? "—" : value + " (" + value.format(CHINESE_DATE) + ")";
	}

	/**
	 * Free text as written: once, in the language it was written in; a supplied translation follows
	 * on its own line, marked as a translation with its language, so that no reader takes it for the
	 * original. The one way templates print what a person wrote.
	 */
	static String written(FreeText text) {
		if (text == null) {
			return "—";
		}
		return text.supplied()
			.map(t -> text.text() + "\n[Translation (" + t.language() + ") / 译文（" + t.language() + "）] " + t.text())
			.orElse(text.text());
	}

	/** Several free texts, one a line, each as {@link #written(FreeText)}. */
	static String written(List<FreeText> texts) {
		return texts.isEmpty() ? "—" : texts.stream().map(Wording::written).collect(Collectors.joining("\n"));
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

	static String sex(Subject.Sex sex) {
		if (sex == null) {
			return "Not stated / 未说明";
		}
		return switch (sex) {
			case MALE -> "Male / 男";
			case FEMALE -> "Female / 女";
			case OTHER -> "Other / 其他";
			case UNKNOWN -> "Unknown / 不详";
		};
	}

	/** Kind, number, issuing state and expiry of an identity document, one line. */
	static String identityDocument(Subject.IdentityDocument document) {
		String kind = switch (document.kind()) {
			case PASSPORT -> "Passport / 护照";
			case NATIONAL_IDENTITY_CARD -> "National identity card / 身份证";
			case EMERGENCY_TRAVEL_DOCUMENT -> "Emergency travel document / 旅行证";
			case RESIDENCE_PERMIT -> "Residence permit / 居留证";
			case OTHER -> "Other document / 其他证件";
		};
		String issuer = document.issuingState() == null ? "" : ", issued by / 签发国 " + state(document.issuingState());
		String expiry = document.expiry() == null ? "" : ", expires / 有效期至 " + date(document.expiry());
		return kind + " " + document.number() + issuer + expiry;
	}

	/**
	 * A state (a nationality, an issuing state) by its name in the document's languages, English and
	 * Chinese, never as a bare ISO code that a reader at a border post would have to look up. Names
	 * come from the JDK's CLDR data, the same on every node of one release.
	 */
	/**
	 * Where CLDR's English short name is not the one the state itself uses: CLDR says "Myanmar (Burma)",
	 * while the state's own English name has been Myanmar since 1989 (it is the name in Comity's
	 * jurisdiction configuration too), and documents exchanged with it say so.
	 */
	private static final Map<String, String> SHORT_NAMES_EN = Map.of("MM", "Myanmar");

	static String state(String code) {
		if (code == null) {
			return "Not stated / 未说明";
		}
		return switch (code) {
			case "STATELESS" -> "Stateless / 无国籍";
			case "UNKNOWN" -> "Unknown / 不详";
			default -> {
				Locale region = new Locale.Builder().setRegion(code).build();
				yield SHORT_NAMES_EN.getOrDefault(code, region.getDisplayCountry(Locale.ENGLISH)) + " / "
						+ region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
			}
		};
	}

	/** Several states, as {@link #state(String)}, separated by semicolons. */
	static String states(List<String> codes) {
		return codes.isEmpty() ? "Not stated / 未说明"
				: codes.stream().map(Wording::state).collect(Collectors.joining("; "));
	}

	/** The nationality the receiving state verified, or that it has not verified one. */
	static String verifiedNationality(String code) {
		return code == null ? "Not verified / 未核实" : state(code);
	}

	/** The screening status in a table cell: a short word in each language, explained by {@link #SCREENING_KEY}. */
	static String screening(HandoverManifest.ScreeningStatus status) {
		return switch (status) {
			case SUSPECT_SCREENED -> "Suspect 嫌疑人";
			case VICTIM_SCREENED -> "Victim 受害者";
			case POSSIBLE_VICTIM -> "Possible victim 疑似受害者";
			case UNSCREENED -> "Unscreened 未甄别";
		};
	}

	/** What each status word of a manifest means, printed once above the table. */
	static final String SCREENING_KEY = "Status: Suspect = screened at clearance, no trafficking indicators; Victim = "
			+ "identified as a trafficking victim; Possible victim = classed as a possible trafficking victim; "
			+ "Unscreened = no screening recorded.\n身份状态：嫌疑人 = 移交前审查已甄别，无被拐卖迹象；受害者 = 经甄别认定为人口贩运受害者；"
			+ "疑似受害者 = 列为疑似人口贩运受害者；未甄别 = 无甄别记录。";

	static String transport(Transport transport) {
		String mode = transport.mode() == Transport.Mode.AIR ? "By air / 航空" : "By land / 陆路";
		String vehicle = transport.mode() == Transport.Mode.AIR ? "flight / 航班 " : "vehicle / 车辆 ";
		return transport.vehicle() == null ? mode + ", " + vehicle + "not recorded / 未记录"
				: mode + ", " + vehicle + transport.vehicle();
	}

	/** An officer with badge, name and agency, one line. */
	static String officer(org.comity.core.document.Officer officer) {
		return (officer.badge() == null ? "" : officer.badge() + "  ") + name(officer.name()) + ", " + officer.agency();
	}

	/** Expiry of a travel document for a table cell. */
	static String expiry(TravelDocument document) {
		return document == null || document.expiry() == null ? "—" : document.expiry().toString();
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
		return kind + " " + document.number() + (document.expiry() == null ? ""
				: ", expires / 有效期至 " + date(document.expiry()));
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

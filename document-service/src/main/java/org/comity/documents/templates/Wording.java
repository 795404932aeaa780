package org.comity.documents.templates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.comity.core.document.FreeText;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.PersonName;
import org.comity.core.document.Subject;
import org.comity.core.document.Transport;
import org.comity.core.document.TravelDocument;
import org.comity.core.text.CountryName;
import org.comity.documents.wording.Words;

/**
 * How values are printed, in the document's languages (the words come from the wording bundles).
 * Dates and times are printed in the zone they were recorded in, with the offset and zone name,
 * because a handover time in Yangon and a decision time in Beijing must both be read without
 * conversion.
 */
final class Wording {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Wording() {}

    static String dateTime(ZonedDateTime value) {
        String offset = value.getOffset().getId().equals("Z")
                ? "+00:00"
                : value.getOffset().getId();
        return value.format(DATE_TIME) + " (UTC" + offset + ", "
                + value.getZone().getId() + ")";
    }

    /** A zone by its id and its offset now-independent name, e.g. "Asia/Yangon (Myanmar Time / 缅甸时间)". */
    static String zone(Words words, java.time.ZoneId zone) {
        if (zone instanceof java.time.ZoneOffset offset) {
            return "UTC" + (offset.getId().equals("Z") ? "" : offset.getId()) + " (" + words.inline("zone.utc") + ")";
        }
        return zone.getId() + " ("
                + words.languages().stream()
                        .map(language -> zone.getDisplayName(TextStyle.FULL, language))
                        .collect(Collectors.joining(" / "))
                + ")";
    }

    /**
     * A date in ISO form, then in the form of each language whose bundle gives one
     * ({@code format.date}; English's ISO form needs none), e.g. "2026-03-01 (2026年3月1日)".
     */
    static String date(Words words, LocalDate value) {
        if (value == null) {
            return "—";
        }
        List<String> local = new java.util.ArrayList<>();
        List<String> patterns = words.each("format.date");
        for (int i = 0; i < patterns.size(); i++) {
            if (!patterns.get(i).isBlank()) {
                local.add(value.format(DateTimeFormatter.ofPattern(
                        patterns.get(i), words.languages().get(i))));
            }
        }
        return local.isEmpty() ? value.toString() : value + " (" + String.join(" / ", local) + ")";
    }

    /**
     * Free text as written: once, in the language it was written in; a supplied translation follows
     * on its own line, marked as a translation with its language, so that no reader takes it for the
     * original. The one way templates print what a person wrote.
     */
    static String written(Words words, FreeText text) {
        if (text == null) {
            return "—";
        }
        return text.supplied()
                .map(t ->
                        text.text() + "\n[" + words.inline("label.translation-marker", t.language()) + "] " + t.text())
                .orElse(text.text());
    }

    /** Several free texts, one a line, each as {@link #written(Words, FreeText)}. */
    static String written(Words words, List<FreeText> texts) {
        return texts.isEmpty()
                ? "—"
                : texts.stream().map(t -> written(words, t)).collect(Collectors.joining("\n"));
    }

    static String name(PersonName name) {
        return name.original().equals(name.latin()) ? name.latin() : name.original() + " (" + name.latin() + ")";
    }

    static String sex(Words words, String sex) {
        return switch (sex) {
            case "M", "F" -> words.inline("sex." + sex);
            default -> words.inline("value.not-stated");
        };
    }

    static String sex(Words words, Subject.Sex sex) {
        return words.inline(sex == null ? "value.not-stated" : "sex." + sex.name());
    }

    /** Kind, number, issuing state and expiry of an identity document, one line. */
    static String identityDocument(Words words, Subject.IdentityDocument document) {
        String kind = words.inline("identity-document." + document.kind().name());
        String issuer = document.issuingState() == null
                ? ""
                : ", " + words.inline("label.issued-by") + " " + state(words, document.issuingState());
        String expiry = document.expiry() == null
                ? ""
                : ", " + words.inline("label.expires") + " " + date(words, document.expiry());
        return kind + " " + document.number() + issuer + expiry;
    }

    /**
     * A state (a nationality, an issuing state) by its name in the document's languages, never as a
     * bare ISO code that a reader at a border post would have to look up. Names come from the JDK's
     * CLDR data, the same on every node of one release, unless the bundle names the state
     * ({@code country.<CODE>}: CLDR's English "Myanmar (Burma)" is not the name the state uses).
     */
    static String state(Words words, String code) {
        if (code == null) {
            return words.inline("value.not-stated");
        }
        return switch (code) {
            case "STATELESS", "UNKNOWN" -> words.inline("state." + code);
            default -> words.inline(new CountryName(code));
        };
    }

    /** Several states, as {@link #state(Words, String)}, separated by semicolons. */
    static String states(Words words, List<String> codes) {
        return codes.isEmpty()
                ? words.inline("value.not-stated")
                : codes.stream().map(code -> state(words, code)).collect(Collectors.joining("; "));
    }

    /** The nationality the receiving state verified, or that it has not verified one. */
    static String verifiedNationality(Words words, String code) {
        return code == null ? words.inline("value.not-verified") : state(words, code);
    }

    /** The screening status in a table cell: a short word in each language, explained by {@link #screeningKey}. */
    static String screening(Words words, HandoverManifest.ScreeningStatus status) {
        return String.join(" ", words.each("screening." + status.name()));
    }

    /** What each status word of a manifest means, printed once above the table. */
    static String screeningKey(Words words) {
        return words.lines("handover.screening-key");
    }

    static String transport(Words words, Transport transport) {
        String mode = transport.mode().name();
        String vehicle = words.inline("transport.vehicle." + mode) + " ";
        return words.inline("transport." + mode) + ", " + vehicle
                + (transport.vehicle() == null ? words.inline("value.not-recorded-in-text") : transport.vehicle());
    }

    /** An officer with badge, name and agency, one line. */
    static String officer(org.comity.core.document.Officer officer) {
        return (officer.badge() == null ? "" : officer.badge() + "  ") + name(officer.name()) + ", " + officer.agency();
    }

    /** Expiry of a travel document for a table cell. */
    static String expiry(TravelDocument document) {
        return document == null || document.expiry() == null
                ? "—"
                : document.expiry().toString();
    }

    static String travelDocument(Words words, TravelDocument document) {
        if (document == null || document.kind() == TravelDocument.Kind.NONE) {
            return words.inline("value.none");
        }
        return words.inline("travel-document." + document.kind().name()) + " " + document.number()
                + (document.expiry() == null
                        ? ""
                        : ", " + words.inline("label.expires") + " " + date(words, document.expiry()));
    }

    /** Short form for table cells: kind abbreviated in each language, then the number. */
    static String travelDocumentShort(Words words, TravelDocument document) {
        if (document == null || document.kind() == TravelDocument.Kind.NONE) {
            return String.join(" ", words.each("value.none"));
        }
        return String.join(
                        " ",
                        words.each("travel-document.short." + document.kind().name())) + " " + document.number();
    }

    static String yesNo(Words words, boolean value) {
        return words.inline(value ? "value.yes" : "value.no");
    }
}

package org.comity.web.repatriation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Texts;

/**
 * Reads a person batch sent as {@code text/csv} (RFC 4180, UTF-8; a leading byte-order mark is
 * ignored). The first line is the header, with exactly these columns in any order:
 * {@value #HEADER}. Each data row is one person with at most one identity document (leave the three
 * document columns empty for none). Data row {@code i} (0-based, i.e. file line {@code i + 2})
 * becomes {@code persons[i]}, so a CSV batch is reported exactly like the same batch as JSON.
 */
final class PersonCsv {

    static final String HEADER = "nameOriginal,nameLatin,sex,dateOfBirth,claimedNationality,callCentre,category,"
            + "documentType,documentNumber,documentExpiry";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    private PersonCsv() {}

    static List<PersonInput> read(byte[] body) {
        List<List<String>> records = records(decode(body));
        if (records.isEmpty()) {
            throw invalid("header", "Header", "must be the line " + HEADER);
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (header.size() != COLUMNS.size() || !header.containsAll(COLUMNS)) {
            throw invalid("header", "Header", "must hold exactly the columns " + HEADER);
        }
        List<PersonInput> persons = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> row = records.get(i);
            if (row.size() != COLUMNS.size()) {
                errors.add(new FieldError(
                        "persons[" + (i - 1) + "]",
                        "Columns",
                        "must have " + COLUMNS.size() + " columns, has " + row.size()));
                persons.add(null);
                continue;
            }
            persons.add(person(header, row, i - 1));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return persons;
    }

    /** Row {@code index}'s person; each cell read as text of field {@code persons[index].column}. */
    private static PersonInput person(List<String> header, List<String> row, int index) {
        java.util.function.Function<String, String> col =
                name -> Texts.nfc(empty(row.get(header.indexOf(name))), "persons[" + index + "]." + name);
        String type = col.apply("documentType");
        String number = col.apply("documentNumber");
        String expiry = col.apply("documentExpiry");
        List<PersonInput.DocumentInput> documents = type == null && number == null && expiry == null
                ? List.of()
                : List.of(new PersonInput.DocumentInput(type, number, expiry));
        return new PersonInput(
                col.apply("nameOriginal"),
                col.apply("nameLatin"),
                col.apply("sex"),
                col.apply("dateOfBirth"),
                col.apply("claimedNationality"),
                documents,
                col.apply("callCentre"),
                col.apply("category"));
    }

    private static String empty(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw invalid("body", "Encoding", "must be UTF-8");
        }
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; empty lines are skipped. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw invalid("body", "Csv", "has an unterminated quoted field");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static InvalidInputException invalid(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldError(field, rule, message)));
    }
}

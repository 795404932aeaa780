package org.comity.core.repatriation.request;

import java.util.List;

/**
 * One person as an agency sends it, in JSON or as a CSV row. Every value is text so that a bad
 * date or an unknown option in row 17 is reported with the rules broken in every other row,
 * identically for JSON and CSV, instead of failing the whole body at the first parse error.
 *
 * @param nameOriginal full name in the original script (e.g. 王小明), optional
 * @param nameLatin full name in Latin script (e.g. WANG Xiaoming); never split into given/family
 * @param sex {@code MALE}, {@code FEMALE} or {@code UNKNOWN}
 * @param dateOfBirth {@code YYYY-MM-DD}
 * @param claimedNationality ISO 3166-1 alpha-2 code
 * @param callCentre name of a call centre of the operation where the person was arrested
 * @param category {@code SUSPECT} or {@code POSSIBLE_TRAFFICKING_VICTIM}
 */
public record PersonInput(
        String nameOriginal,
        String nameLatin,
        String sex,
        String dateOfBirth,
        String claimedNationality,
        List<DocumentInput> identityDocuments,
        String callCentre,
        String category) {

    /** At most this many persons in one batch, with an operation or added to it. */
    public static final int MAX_BATCH = 10_000;

    /** An identity document found with the person; {@code expiry} is {@code YYYY-MM-DD} or empty. */
    public record DocumentInput(String type, String number, String expiry) {}
}

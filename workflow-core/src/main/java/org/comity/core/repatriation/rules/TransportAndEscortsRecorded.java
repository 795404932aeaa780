package org.comity.core.repatriation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.comity.core.person.NameText;
import org.comity.core.repatriation.request.TransferInput;
import org.comity.core.validation.FieldError;

/**
 * The manifest names how the batch travels and who escorts it (legal-domain.md §5.3: {@code flight}
 * required for air transport, {@code escortOfficers[]} required with name, agency and badge): a flight
 * needs its flight number, a vehicle or flight number is letters, digits, spaces and hyphens (at most
 * {@value #MAX_VEHICLE}); at least one escort and at most {@value #MAX_ESCORTS}, each with name and
 * agency (the one text rule) and a badge number unique within the transfer.
 */
public final class TransportAndEscortsRecorded {

    static final int MAX_ESCORTS = 100;
    static final int MAX_VEHICLE = 40;
    static final int MAX_BADGE = 40;

    private static final Pattern VEHICLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]*");
    private static final Pattern BADGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]*");

    private TransportAndEscortsRecorded() {}

    public static List<FieldError> problems(TransferInput input) {
        List<FieldError> errors = new ArrayList<>();
        String vehicle = input.vehicle() == null ? null : input.vehicle().strip();
        if (input.mode() == TransferInput.TransferMode.AIR && (vehicle == null || vehicle.isEmpty())) {
            errors.add(new FieldError(
                    "vehicle", "FlightForAirTransfer", "must give the flight number of a transfer by air"));
        } else if (vehicle != null
                && (vehicle.length() > MAX_VEHICLE || !VEHICLE.matcher(vehicle).matches())) {
            errors.add(new FieldError(
                    "vehicle",
                    "Vehicle",
                    "must be letters, digits, spaces and hyphens, at most " + MAX_VEHICLE + " characters"));
        }
        List<TransferInput.Escort> escorts = input.escorts() == null ? List.of() : input.escorts();
        if (escorts.isEmpty()) {
            errors.add(new FieldError("escorts", "NotEmpty", "must name at least one escorting officer"));
        } else if (escorts.size() > MAX_ESCORTS) {
            errors.add(new FieldError("escorts", "Size", "must name at most " + MAX_ESCORTS + " escorting officers"));
        } else {
            Set<String> badges = new HashSet<>();
            for (int i = 0; i < escorts.size(); i++) {
                escort(escorts.get(i), "escorts[" + i + "]", badges, errors);
            }
        }
        return errors;
    }

    private static void escort(TransferInput.Escort escort, String field, Set<String> badges, List<FieldError> errors) {
        if (escort == null) {
            errors.add(new FieldError(field, "NotNull", "must be an escorting officer"));
            return;
        }
        text(escort.name(), field + ".name", errors);
        text(escort.agency(), field + ".agency", errors);
        String badge = escort.badge() == null ? "" : escort.badge().strip();
        if (badge.isEmpty()
                || badge.length() > MAX_BADGE
                || !BADGE.matcher(badge).matches()) {
            errors.add(new FieldError(
                    field + ".badge",
                    "Badge",
                    "must be the badge number: letters, digits, spaces, " + "dots, slashes and hyphens, at most "
                            + MAX_BADGE + " characters"));
        } else if (!badges.add(badge)) {
            errors.add(new FieldError(field + ".badge", "Unique", "is given to another escort of this transfer"));
        }
    }

    private static void text(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "NotBlank", "must be given"));
            return;
        }
        NameText.problem(NameText.normalise(value), false)
                .ifPresent(p -> errors.add(new FieldError(field, p[0], p[1])));
    }

    /** The escorts as stored: stripped, in NFC. */
    public static List<TransferInput.Escort> normalised(List<TransferInput.Escort> escorts) {
        return escorts.stream()
                .map(e -> new TransferInput.Escort(
                        NameText.normalise(e.name()),
                        NameText.normalise(e.agency()),
                        e.badge().strip()))
                .toList();
    }
}

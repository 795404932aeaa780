package org.comity.web.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted request as a reviewer reads it: the wizard's own review page without the "edit"
 * links, step by step in the wizard's labels and option labels, with the points to check the
 * wizard shows its drafter (the validator's warnings for the request as stored).
 *
 * @param title the kind of request
 * @param sections one per wizard step
 * @param warnings the points to check, each naming its field
 */
public record RequestSheet(String title, List<Section> sections, List<String> warnings) {

    public RequestSheet {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** Every value keyed by where it is shown ("Offences › Offence 1 · Place"), in page order. */
    Map<String, String> byPlace() {
        Map<String, String> places = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Group group : section.groups()) {
                for (Entry entry : group.entries()) {
                    places.put(section.title() + " › " + entry.label(), entry.value());
                }
            }
        }
        return places;
    }

    /** A step: its title and its values, single ones and lists. */
    public record Section(String title, List<Group> groups) {}

    /** Values shown together: a list (with its title) or single values ({@code heading} null). */
    public record Group(String heading, List<Entry> entries) {}

    /** One labelled value, as shown. */
    public record Entry(String label, String value) {}

    /**
     * A value that differs between two versions of a request.
     *
     * @param place where it is shown, e.g. "Offences › Offence 1 · Place"
     * @param before as it was, or {@code null} if it was not there
     * @param after as it is now, or {@code null} if it was removed
     */
    public record Change(String place, String before, String after) {}
}

package org.comity.core.jurisdiction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jurisdictions this deployment serves, looked up by code. */
public class JurisdictionRegistry {

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    public JurisdictionRegistry(List<Jurisdiction> jurisdictions) {
        if (jurisdictions == null || jurisdictions.size() < 2) {
            throw new IllegalArgumentException("Comity serves at least two jurisdictions");
        }
        for (Jurisdiction jurisdiction : jurisdictions) {
            if (byCode.putIfAbsent(jurisdiction.code(), jurisdiction) != null) {
                throw new IllegalArgumentException("Jurisdiction configured twice: " + jurisdiction.code());
            }
        }
    }

    public Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The jurisdiction of a code that must exist, e.g. one stored with a user. */
    public Jurisdiction require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown jurisdiction: " + code));
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    public Collection<Jurisdiction> all() {
        return List.copyOf(byCode.values());
    }
}

package org.comity.core.extradition.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks legal bases up by id. Requests, processes and decision tables refer to a basis only by its
 * id; the registry is the one place that turns the id into time limits and thresholds. A request
 * naming an unknown basis, or one not yet in force on its request date, is invalid
 * ({@code reference/legal-domain.md} §2.7 {@code treatyRef}, §10 item 23).
 */
public class LegalBasisRegistry {

    private final Map<String, LegalBasis> byId;

    public LegalBasisRegistry(Collection<LegalBasis> legalBases) {
        this.byId = legalBases.stream().collect(Collectors.toUnmodifiableMap(LegalBasis::id, Function.identity()));
    }

    /** The registry of the legal bases Comity ships with ({@link LegalBases#ALL}). */
    public static LegalBasisRegistry standard() {
        return new LegalBasisRegistry(LegalBases.ALL);
    }

    /** The legal basis with this id, if registered. */
    public Optional<LegalBasis> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The legal basis with this id if it is registered and in force on {@code date}. */
    public Optional<LegalBasis> findInForce(String id, LocalDate date) {
        return find(id).filter(basis -> date != null && basis.inForceOn(date));
    }

    /**
     * The legal basis with this id.
     *
     * @throws IllegalArgumentException if no legal basis has this id
     */
    public LegalBasis get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown legal basis " + id));
    }

    /** All registered legal bases, ordered by id. */
    public List<LegalBasis> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(LegalBasis::id))
                .toList();
    }
}

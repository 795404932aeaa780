package org.comity.core.mla.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * A request asks for at least one kind of assistance, each named once: the description of the
 * assistance sought is an essential content of every request (UNTOC 18(15)(d), UNCAC 46(15)(d),
 * ICJA Art. 13(4); {@code reference/legal-domain.md} §4.1 {@code assistanceSought[]}: required).
 */
class AssistanceTypesGivenOnce implements MlaRequestRule {

    private static final String FIELD = "assistanceTypes";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        List<AssistanceType> types =
                request.assistanceTypes().stream().filter(Objects::nonNull).toList();
        if (request.assistanceTypes().isEmpty()) {
            return List.of(Violation.error(FIELD, "mla.assistance.required"));
        }
        Set<AssistanceType> seen = new HashSet<>();
        for (AssistanceType type : types) {
            if (!seen.add(type)) {
                return List.of(
                        Violation.error(FIELD, "mla.assistance.duplicate").with("type", type.name()));
            }
        }
        return List.of();
    }
}

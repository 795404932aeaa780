package org.comity.core.extradition.rules;

import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Person;
import org.comity.core.validation.Violation;

/**
 * A person is either stateless, of unknown nationality, or holds one or more nationalities, never
 * a mix: the nationality decides the mandatory ground NAT, so it must be unambiguous
 * ({@code reference/legal-domain.md} §2.7 {@code person.nationalities}: "≥1 or STATELESS/UNKNOWN";
 * §9 item 6; §10 item 6).
 */
class StatelessOrUnknownNationalityStandsAlone implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.person() == null) {
            return List.of();
        }
        List<String> nationalities = request.person().nationalities();
        boolean marker = nationalities.contains(Person.STATELESS) || nationalities.contains(Person.UNKNOWN);
        if (marker && nationalities.size() > 1) {
            return List.of(Violation.error("person.nationalities", "extradition.nationality.exclusive"));
        }
        return List.of();
    }
}

package org.comity.core.extradition.rules;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.validation.Violation;

/**
 * The person was born before today and before the request ({@code reference/legal-domain.md} §2.7
 * {@code person.dateOfBirth}: "date in past"; §9 item 20).
 */
class DateOfBirthInThePast implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.person() == null || request.person().dateOfBirth() == null) {
            return List.of();
        }
        LocalDate born = request.person().dateOfBirth();
        LocalDate latest =
                request.requestDate() == null || request.requestDate().isAfter(context.today())
                        ? context.today()
                        : request.requestDate();
        if (born.isBefore(latest)) {
            return List.of();
        }
        return List.of(Violation.error("person.dateOfBirth", "extradition.dateOfBirth.notPast"));
    }
}

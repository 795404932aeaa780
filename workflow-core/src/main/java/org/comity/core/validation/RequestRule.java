package org.comity.core.validation;

import java.util.List;

/**
 * One legal or cross-field rule over a request of type {@code R}, consulting a context {@code C}
 * (registries, today's date). A rule ignores fields that are missing: presence is the field
 * constraints' job, so that one mistake is reported once. Each implementation is one class named for
 * what it requires, whose Javadoc cites its source in {@code reference/legal-domain.md}.
 */
public interface RequestRule<R, C> {

    /** The violations of this rule, each naming the field at fault; empty if the rule holds. */
    List<Violation> check(R request, C context);
}

package org.comity.core.extradition.rules;

import java.time.LocalDate;
import org.comity.core.extradition.request.LegalBasisRegistry;

/**
 * What rules may consult besides the request.
 *
 * @param legalBases the registry of legal bases
 * @param today the current date, for "in the past" rules
 */
record RuleContext(LegalBasisRegistry legalBases, LocalDate today) {}

package org.comity.core.mla.rules;

import java.time.LocalDate;
import org.comity.core.mla.request.MlaLegalBases;

/**
 * What MLA rules may consult besides the request.
 *
 * @param legalBases the registry of MLA legal bases
 * @param today the date of submission, for deadlines and hearing dates
 */
record MlaRuleContext(MlaLegalBases legalBases, LocalDate today) {}

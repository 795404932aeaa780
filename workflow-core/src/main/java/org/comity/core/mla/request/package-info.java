/**
 * The MLA request as an immutable data model with the harmonised field set of legal-domain.md
 * §4.1 (UNTOC Art. 18(15), UNCAC Art. 46(15), China's ICJA Art. 13): requesting and requested
 * state, requesting authority and contact, legal basis, proceedings and case reference, assistance
 * types, facts, offences, persons concerned, the assistance sought, deadline, confidentiality, a
 * summons and languages. Field constraints are Bean Validation annotations (messages in
 * {@code ValidationMessages*.properties}); every component is labelled in English and Chinese for
 * the officers' request wizard. Also the instruments a request may rest on ({@link
 * org.comity.core.mla.request.MlaLegalBases}: the UN conventions against transnational organised
 * crime and against corruption, the ASEAN MLA treaty, or reciprocity without a treaty,
 * legal-domain.md §4.1, §4.4), which the request names by id and the wizard offers. Rules that
 * compare fields live in {@code ..mla.rules}.
 */
package org.comity.core.mla.request;

/**
 * The extradition request as an immutable data model (legal-domain.md §2.7): states, purpose,
 * urgency, legal basis, the person, offences, warrant or judgment, undertakings. Field constraints
 * are Bean Validation annotations whose messages live in {@code ValidationMessages*.properties};
 * rules that compare fields with each other live in {@code ..extradition.rules}.
 */
package org.comity.core.extradition.request;

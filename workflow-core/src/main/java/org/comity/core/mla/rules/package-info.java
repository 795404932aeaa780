/**
 * Validation of MLA requests: the validator that runs every field constraint and every named rule
 * and returns all violations with their field paths, and the rules themselves, one class each,
 * package-private, each citing its source in {@code reference/legal-domain.md} §4, §9 and §10. A
 * rule only compares fields; what a single field must look like is an annotation on the record in
 * {@code ..mla.request}.
 */
package org.comity.core.mla.rules;

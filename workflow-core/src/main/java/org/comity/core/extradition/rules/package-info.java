/**
 * Validation of extradition requests: the service that runs the field constraints and every named
 * legal rule and returns all violations with their field paths (for an HTTP 422 with
 * {@code errors: [{field, message}]}), and the rules themselves, one class each, package-private,
 * each citing its source in {@code reference/legal-domain.md}. A rule only compares fields; what a
 * single field must look like is an annotation on the record in {@code ..extradition.request}.
 */
package org.comity.core.extradition.rules;

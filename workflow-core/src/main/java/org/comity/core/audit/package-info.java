/**
 * The tamper-evident audit log required by the EU Law Enforcement Directive, Art. 25: every
 * collection, alteration, consultation, disclosure, combination and erasure of personal data is
 * appended, in the caller's own transaction, to a hash chain ({@code audit_log}) that an auditor
 * can verify end to end and against periodic checkpoints. This package holds the event model, the
 * canonical hash encoding, the append, verification, checkpoint and search services and the CSV
 * export; it stores identifiers and digests only, never the personal data itself. HTTP endpoints,
 * the auditor UI and the merge with Camunda history belong to web-tasks.
 */
package org.comity.core.audit;

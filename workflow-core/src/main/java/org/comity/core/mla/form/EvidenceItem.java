package org.comity.core.mla.form;

/**
 * One item of evidence obtained on execution (DESIGN §4.3): what it is, where it came from, and the
 * SHA-256 of its content in lower-case hexadecimal, which the requesting state recomputes on receipt
 * to establish the chain of custody.
 *
 * @param description e.g. "Statement of account 0012-3344-55, January–December 2025"
 * @param source e.g. "KBZ Bank, Myawaddy branch"
 * @param sha256 64 hexadecimal digits
 */
public record EvidenceItem(String description, String source, String sha256) {}

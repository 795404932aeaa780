package org.comity.documents.layout;

/**
 * A signature block: a line to sign on and, below it, who signs in what capacity.
 */
public record Signature(String name, String capacity, String authority, String date) {
}

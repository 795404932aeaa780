package org.comity.documents.layout;

/**
 * A signature block as printed: in what act the officer signs, a line to sign on, who signs with
 * title and authority, where and when, and beside it a framed box for the authority's seal. A
 * {@code null} name or place is printed as a blank line to be written in by hand.
 */
public record Signature(String act, String name, String title, String authority, String place, String date) {}

/**
 * Who signs Comity's documents: officers' signature profiles (name in their own script and in Latin,
 * title, authority, place) and the signature blocks built from them for the officer who recorded
 * each side's act. Profiles come from configuration ({@code comity.officer-profiles}) or, in the demo
 * profile, from the demo identities.
 */
package org.comity.core.signature;

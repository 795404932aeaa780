package org.comity.core.mla.form;

/**
 * A refusal ground {@code MlaRefusalGrounds} found for a case.
 *
 * @param code the ground
 * @param mandatory true = shall refuse, false = may refuse (with the officer's rationale)
 * @param articleReference the articles that set the ground
 */
public record GroundFound(MlaGroundCode code, boolean mandatory, String articleReference) {}

package org.comity.core.extradition;

/**
 * A refusal ground the DMN table {@code ExtraditionRefusalGrounds} found for a case.
 *
 * @param code a {@code RefusalGround} name
 * @param mandatory true = shall refuse, false = may refuse
 * @param articleReference the articles that set the ground
 */
public record GroundFound(String code, boolean mandatory, String articleReference) {}

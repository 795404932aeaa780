/**
 * The ways a well-formed request can fail besides bad input: the object is not visible, the action
 * is forbidden, or the object's state conflicts. The web layer maps each to one HTTP status.
 */
package org.comity.core.failure;

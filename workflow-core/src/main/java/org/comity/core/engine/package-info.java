/**
 * How Comity constrains the embedded Camunda engine beyond its configuration properties, e.g. by
 * refusing models that contain scripts, and the engine clock that every deadline view reads.
 */
package org.comity.core.engine;

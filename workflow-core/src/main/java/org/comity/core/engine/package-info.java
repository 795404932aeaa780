/**
 * How Comity constrains the embedded Camunda engine beyond its configuration properties, e.g. by
 * refusing models that contain scripts.
 */
package org.comity.core.engine;

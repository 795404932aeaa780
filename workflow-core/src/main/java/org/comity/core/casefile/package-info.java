/**
 * Cases: one matter of cooperation between two states, its human reference, status and the rule
 * of who may see it. Every process instance's business key is a case id.
 */
package org.comity.core.casefile;

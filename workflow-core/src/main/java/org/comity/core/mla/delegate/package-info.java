/**
 * The two MLA processes as the engine sees them: their ids, message and variable names (the
 * constants the BPMN files, delegates, forms and tests share) and the thin delegates the models call
 * by bean name. Legal rules stay in {@code validation}, {@code decision} and the DMN table; the
 * delegates read variables, call one service and write results.
 */
package org.comity.core.mla.process;

/**
 * The two extradition processes as the engine sees them: their ids, message and variable names
 * (the constants the BPMN files and the tests share), and the thin delegates the models call by
 * bean name. Legal rules stay in {@code legalbasis}, {@code decision} and {@code validation}; the
 * delegates only read variables, call one service and write results.
 */
package org.comity.core.extradition.process;

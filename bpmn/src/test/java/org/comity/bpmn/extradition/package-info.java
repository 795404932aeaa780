/**
 * Path-by-path tests of the two extradition processes on an in-memory engine: both models run
 * together (their messages start and drive each other), timers are moved by the engine clock,
 * and process-test-coverage reports flow-node coverage per class.
 */
package org.comity.bpmn.extradition;

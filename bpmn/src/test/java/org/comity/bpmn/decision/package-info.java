/**
 * Table-driven tests of the DMN decision tables in {@code src/main/resources/dmn}: one
 * parameterized test per table whose rows mirror every rule plus the legal boundaries, evaluated on
 * the standalone DMN engine, and checks that every file opens in Camunda Modeler (DMNDI) and keeps
 * the names its callers rely on.
 */
package org.comity.bpmn.decision;

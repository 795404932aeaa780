/**
 * The auditor's timeline of a case: Camunda's history of both sides merged with Comity's audit log
 * and the submitted forms, in time order.
 */
package org.comity.core.timeline;

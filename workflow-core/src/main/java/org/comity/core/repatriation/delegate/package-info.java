/**
 * The repatriation processes' service tasks (internal): one thin bean per BPMN {@code ${beanName}},
 * reading its ids from the execution and calling one service method.
 */
package org.comity.core.repatriation.delegate;

/**
 * The adapters between the two extradition processes and the feature's services: one Spring bean per
 * service task, message throw event and end event ({@link org.comity.core.extradition.delegate.ExtraditionDelegates}),
 * named by {@code ExtraditionProcesses.Beans}, and the services only they call (messages between the
 * sides, statutory windows, case status, refusal grounds). Legal rules stay in {@code legalbasis},
 * {@code decision} and {@code rules}; a delegate only reads variables, calls one service method and
 * writes results.
 */
package org.comity.core.extradition.delegate;

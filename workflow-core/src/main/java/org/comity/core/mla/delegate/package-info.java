/**
 * The delegates the two MLA models call by bean name, one thin bean per service task, business rule
 * task and message throw event ({@code MlaProcesses.Beans}): each reads the execution's ids, calls
 * one service of the feature's root and writes what the model branches on. Legal rules stay in
 * {@code rules}, {@code decision} and the DMN table.
 */
package org.comity.core.mla.delegate;
